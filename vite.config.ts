import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The language is in the path (/ar/…), so every page prerenders once per language.
			strategy: ['url', 'baseLocale']
		})
	],
	resolve: {
		alias: [
			{
				// The plugin's package exports only its source; MapLibre needs the built script's URL.
				find: /^rtl-text-plugin(\?.*)?$/,
				replacement:
					fileURLToPath(
						new URL(
							'./node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js',
							import.meta.url
						)
					) + '$1'
			}
		]
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
