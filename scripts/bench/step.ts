/**
 * What one step of the date control costs in the browser: the production build in Chromium, the date
 * stepped one day at a time with the slider's arrow key, as a reader (or playback) does. For the real
 * strikes and for 10,000 synthetic ones (served in place of the strikes' map and records files; never
 * written to data/) it prints the tiles MapLibre built per step (a step changes only feature-states, so
 * it should build none) and the main thread's task time per step, less the time the page takes over
 * as long with nothing happening, measured in the same run. A pan is measured too, to show the counter
 * does count tiles. `npm run build` first; part of `npm run bench`.
 */
import type { Page } from '@playwright/test';
import { datasetMap, datasetRecords } from '../../src/lib/datasets/app-files';
import type { CountsHost } from '../../src/lib/map/query';
import { launchBrowser, serveBuild } from './serve';
import { synthetic } from './synthetic';

const PORT = 4181;
const STEPS = 20;
const PAUSE_MS = 150;

const frames = (page: Page) =>
	page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))
	);

const tileLoads = (page: Page) =>
	page.locator('.map-root').evaluate((el) => (el as CountsHost).tileLoads?.() ?? Number.NaN);

interface Row {
	strikes: number;
	tilesPerStep: number;
	taskMsPerStep: number;
	scriptMsPerStep: number;
	tilesPerPan: number;
}

const { base, stop } = await serveBuild(PORT);
const browser = await launchBrowser();
try {
	const manifest = (await (await fetch(`${base}/data/manifest.json`)).json()) as {
		layers: { strikes: string };
		records: { strikes: string };
	};
	const rows: Row[] = [];
	for (const n of [0, 10_000]) {
		const s = synthetic(n);
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
		if (n > 0) {
			const map = datasetMap(s, 'strikes');
			const records = datasetRecords(s, 'strikes', map);
			await page.route(`${base}${manifest.layers.strikes}`, (route) =>
				route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(map) })
			);
			await page.route(`${base}${manifest.records.strikes}`, (route) =>
				route.fulfill({ contentType: 'application/json', body: JSON.stringify(records) })
			);
		}
		// From the first day, so every step brings new strikes into view.
		await page.goto(`${base}/?d=2024-05-01`);
		await page.locator('.map-root[data-map-state="idle"]').waitFor({ timeout: 120_000 });
		await page.getByTestId('shown-count').waitFor();
		await page.waitForTimeout(1000);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const metrics = async () => {
			const { metrics } = await cdp.send('Performance.getMetrics');
			const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
			return { task: get('TaskDuration') * 1000, script: get('ScriptDuration') * 1000 };
		};
		const slider = page.locator('#as-of');
		await slider.focus();

		// The same wait, nothing changed: the page's own cost of being open and measured.
		const i0 = await metrics();
		for (let i = 0; i < STEPS; i++) {
			await frames(page);
			await page.waitForTimeout(PAUSE_MS);
		}
		const i1 = await metrics();

		const t0 = await tileLoads(page);
		const s0 = await metrics();
		for (let i = 0; i < STEPS; i++) {
			await slider.press('ArrowRight');
			await frames(page);
			await page.waitForTimeout(PAUSE_MS);
		}
		const s1 = await metrics();
		const t1 = await tileLoads(page);

		// A drag that starts and ends on the map (MapLibre ends a pan released elsewhere only at the
		// next mouse move).
		await page.mouse.move(1000, 550);
		await page.mouse.down();
		await page.mouse.move(560, 300, { steps: 10 });
		await page.mouse.up();
		await page.locator('.map-root[data-map-state="idle"]').waitFor({ timeout: 60_000 });
		const t2 = await tileLoads(page);

		rows.push({
			strikes: s.strikes.length,
			tilesPerStep: (t1 - t0) / STEPS,
			taskMsPerStep: (s1.task - s0.task - (i1.task - i0.task)) / STEPS,
			scriptMsPerStep: (s1.script - s0.script - (i1.script - i0.script)) / STEPS,
			tilesPerPan: t2 - t1
		});
		await context.close();
	}
	const base0 = rows[0]!;
	console.log(`A date step in the browser (1280×800, software WebGL, ${STEPS} one-day steps)`);
	console.log(
		'strikes  tiles built/step  main-thread ms/step (× real)  script ms/step  tiles built by a pan'
	);
	for (const r of rows)
		console.log(
			`${String(r.strikes).padStart(7)} ${r.tilesPerStep.toFixed(1).padStart(17)} ${r.taskMsPerStep.toFixed(1).padStart(20)} (${(r.taskMsPerStep / base0.taskMsPerStep).toFixed(1)}×) ${r.scriptMsPerStep.toFixed(1).padStart(14)} ${String(r.tilesPerPan).padStart(21)}`
		);
} finally {
	await browser.close();
	stop();
}
