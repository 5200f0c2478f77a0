/**
 * Benchmark of the time to a settled map, as a ratio against a bare MapLibre page: the same
 * `maplibre-gl` from node_modules, the same basemap style, tiles and fonts from the same server, the
 * same camera and window, and nothing else (no app, no data layers, no panel). Runs alternate, bare
 * then app, each in a fresh browser context so nothing comes from the cache; the machines here are
 * shared and noisy, so the medians of the same run are compared, never a time against a constant.
 * Target: the app settles within 1.3× the bare page. Run `npm run build` first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { basemapStyle } from '../../src/lib/map/styles/basemap';
import { palette } from '../../src/lib/map/styles/palette';
import { HOME_VIEW } from '../../src/lib/map/views';
import { launchBrowser, serveBuild } from './serve';

const PORT = 4181;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEWPORT = { width: 1280, height: 800 };
const MAPLIBRE = 'node_modules/maplibre-gl/dist';

/** The built font file whose name starts with `prefix` (the names carry a content hash). */
function builtAsset(prefix: string): string {
	const dir = 'build/_app/immutable/assets';
	const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.woff2'));
	if (!file) throw new Error(`no ${prefix}*.woff2 in ${dir}: run npm run build first`);
	return `/_app/immutable/assets/${file}`;
}

function barePage(base: string): string {
	const style = basemapStyle(
		palette,
		{
			tiles: `${base}/tiles/basemap/{z}/{x}/{y}.pbf`,
			fonts: {
				latin: base + builtAsset('noto-sans-latin-400-normal'),
				arabic: base + builtAsset('noto-sans-arabic-arabic-400-normal')
			}
		},
		{ lang: 'en' }
	);
	const options = {
		container: 'map',
		style,
		bounds: HOME_VIEW.bounds,
		maxBounds: HOME_VIEW.maxBounds,
		attributionControl: false
	};
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare MapLibre</title>
<link rel="stylesheet" href="/bench-bare/maplibre-gl.css">
<style>html, body, #map { margin: 0; height: 100%; }</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from '/bench-bare/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/bench-bare/maplibre-gl-worker.mjs');
const map = new maplibregl.Map(${JSON.stringify(options)});
map.once('idle', () => (document.body.dataset.idle = 'true'));
</script></body></html>`;
}

/** Serves the bare page and MapLibre's own files under /bench-bare/ in this context. */
async function routeBare(page: Page, html: string) {
	await page.route(/\/bench-bare\//, (route) => {
		const name = new URL(route.request().url()).pathname.replace('/bench-bare/', '');
		if (name === '') return route.fulfill({ contentType: 'text/html', body: html });
		const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
		return route.fulfill({ contentType: type, body: readFileSync(join(MAPLIBRE, name)) });
	});
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { base, stop } = await serveBuild(PORT);
try {
	const browser = await launchBrowser();
	const html = barePage(base);
	const bare: number[] = [];
	const app: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		for (const which of ['bare', 'app'] as const) {
			const context = await browser.newContext({ viewport: VIEWPORT });
			const page = await context.newPage();
			page.on('pageerror', (e) => console.error(`${which}: page error: ${e.message}`));
			if (which === 'bare') await routeBare(page, html);
			const t0 = performance.now();
			if (which === 'bare') {
				await page.goto(`${base}/bench-bare/`);
				await page.locator('body[data-idle="true"]').waitFor({ timeout: 60_000 });
			} else {
				await page.goto(base);
				await page.locator('.map-root[data-map-state="idle"]').waitFor({ timeout: 60_000 });
			}
			(which === 'bare' ? bare : app).push(performance.now() - t0);
			await context.close();
		}
	}
	await browser.close();
	const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
	console.log(`Time to a settled map (1280×800), ${RUNS} runs each, alternating`);
	console.log(`bare MapLibre page: median ${median(bare).toFixed(0)} ms (${ms(bare)})`);
	console.log(`explorer:           median ${median(app).toFixed(0)} ms (${ms(app)})`);
	console.log(
		`settle ratio: ${(median(app) / median(bare)).toFixed(2)} × the bare page (target ≤ 1.3)`
	);
} finally {
	stop();
}
