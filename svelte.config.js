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
			// Every page also in Arabic, under /ar/; the crawler finds the rest from these.
			entries: ['*', '/ar', '/ar/events', '/ar/sources'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
