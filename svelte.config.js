import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Every page and data file is prerendered, so the output deploys to any static host.
		adapter: adapter({ fallback: undefined, strict: true }),
		prerender: {
			// The site's address, for what must name it whole: embeds' picture cards and oEmbed files.
			// Set SITE_ORIGIN when building for a deployment; the default is the address `npm start` serves.
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173',
			// Every page also in Arabic, under /ar/; the crawler finds the rest from these.
			entries: ['*', '/ar/', '/ar/events/', '/ar/sources/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// The pages' Content-Security-Policy, written into each prerendered page as a <meta> tag with the
		// hashes of that page's inline scripts (SvelteKit's start-up script), so no inline script runs
		// unless it was built. What a meta tag cannot carry (`frame-ancestors`) is sent as a header by
		// the host: static/_headers, scripts/deploy/nginx.conf.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Stylesheets come only from the site's own files; no <style> element is needed.
				'style-src': ['self'],
				// Style attributes must be allowed: SvelteKit's navigation announcer carries one, the page
				// template wraps the body in `style="display: contents"`, and `style:` directives (the
				// legend's swatches, coloured from the palette) are prerendered as attributes that hydration
				// keeps rather than sets again. MapLibre and svelte-maplibre-gl set styles through
				// `element.style`, which the policy does not govern.
				'style-src-attr': ['unsafe-inline'],
				// data: for MapLibre's control icons (SVG in its stylesheet); blob: for the images MapLibre
				// decodes itself where the browser cannot make an ImageBitmap.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// The page fetches only the site's files: records, and the fonts MapLibre draws labels with.
				// MapLibre's worker (tiles, layer data, the RTL plugin) runs under the policy its own
				// script's response carries, not this one.
				'connect-src': ['self'],
				// MapLibre's worker is a file of the site: MapLibre builds a blob: or data: worker only
				// for a worker URL on another origin.
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};

export default config;
