/**
 * Benchmark of an embed: what it costs before the map library starts (the frame, its words and its
 * picture: what an article's reader gets for a map scrolled past), what it costs in all once its map
 * has drawn, and the time to its picture and to its map as ratios to the explorer's time to its map,
 * runs interleaved in one browser (machines here are shared and noisy, so only ratios mean anything).
 * Run `npm run build` first, then `npm run bench`.
 */
import type { Browser, Page } from '@playwright/test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { neverInView } from '../../tests/e2e/support/never-in-view';
import { launchBrowser, serveBuild } from './serve';

const PORT = 4181;
const EMBED = '/embed/tal-as-sultan-strike/';
const RUNS = 5;
const VIEWPORT = { width: 760, height: 900 };

interface Row {
	kind: string;
	gzip: number;
	brotli: number;
}

function kindOf(path: string, type: string): string {
	if (path.endsWith('.pbf')) return 'tiles';
	if (/\.(woff2?|ttf)$/.test(path)) return 'fonts';
	if (/\.m?js$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.(json|geojson)$/.test(path)) return 'data';
	if (type.startsWith('image/')) return 'images';
	if (type.includes('html')) return 'html';
	return 'other';
}

/** Every response of a fresh page, measured compressed; settled when `ready` resolves. */
async function measure(
	browser: Browser,
	path: string,
	ready: (page: Page) => Promise<unknown>,
	init?: () => void
): Promise<Row[]> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	if (init) await page.addInitScript(init);
	const rows: Row[] = [];
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		pending.push(
			response
				.body()
				.then((body) => {
					rows.push({
						kind: kindOf(url.pathname, response.headers()['content-type'] ?? ''),
						gzip: gzipSync(body, { level: 9 }).length,
						brotli: brotliCompressSync(body).length
					});
				})
				.catch(() => undefined)
		);
	});
	await page.goto(`${base}${path}`);
	await ready(page);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return rows;
}

/** Milliseconds from navigation to each of `marks`, in a fresh context. */
async function timeTo(
	browser: Browser,
	path: string,
	marks: ((page: Page) => Promise<unknown>)[]
): Promise<number[]> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const t0 = performance.now();
	await page.goto(`${base}${path}`, { waitUntil: 'commit' });
	const out: number[] = [];
	for (const mark of marks) {
		await mark(page);
		out.push(performance.now() - t0);
	}
	await context.close();
	return out;
}

const mapIdle = (page: Page) =>
	page.locator('.map-root[data-map-state="idle"]').waitFor({ timeout: 120_000 });
const pictureShown = (page: Page) =>
	page.waitForFunction(() => {
		const img = document.querySelector<HTMLImageElement>('img.still');
		return img !== null && img.complete && img.naturalWidth > 0;
	});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kib = (n: number) => (n / 1024).toFixed(1).padStart(8);

function table(title: string, rows: Row[]) {
	console.log(title);
	console.log('type      requests  gzip KiB  brotli KiB');
	const kinds = [...new Set(rows.map((r) => r.kind))].sort();
	for (const k of [...kinds, 'total']) {
		const sel = k === 'total' ? rows : rows.filter((r) => r.kind === k);
		const sum = (f: (r: Row) => number) => sel.reduce((a, r) => a + f(r), 0);
		console.log(
			`${k.padEnd(8)} ${String(sel.length).padStart(9)} ${kib(sum((r) => r.gzip))} ${kib(sum((r) => r.brotli))}`
		);
	}
}

const { base, stop } = await serveBuild(PORT);
const browser = await launchBrowser();
try {
	// Before the map: the frame never comes into view, as for an embed far down an article.
	const shell = await measure(browser, EMBED, pictureShown, neverInView);
	table(`Embed ${EMBED} before its map starts (${VIEWPORT.width}×${VIEWPORT.height})`, shell);
	const noPicture = shell.filter((r) => r.kind !== 'images');
	console.log(
		`  without the picture: ${kib(noPicture.reduce((a, r) => a + r.gzip, 0)).trim()} KiB gzip (budget 64 KiB)`
	);
	table(`Embed ${EMBED} once its map has drawn`, await measure(browser, EMBED, mapIdle));

	const explorer: number[] = [];
	const picture: number[] = [];
	const map: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const [e] = await timeTo(browser, '/', [mapIdle]);
		const [p, m] = await timeTo(browser, EMBED, [pictureShown, mapIdle]);
		explorer.push(e!);
		picture.push(p!);
		map.push(m!);
	}
	const e = median(explorer);
	console.log(
		`Times, median of ${RUNS} interleaved runs, as ratios to the explorer's map (${e.toFixed(0)} ms this run):`
	);
	console.log(
		`  embed's picture shown: ${(median(picture) / e).toFixed(2)} × (${median(picture).toFixed(0)} ms)`
	);
	console.log(
		`  embed's map drawn:     ${(median(map) / e).toFixed(2)} × (${median(map).toFixed(0)} ms)`
	);
} finally {
	await browser.close();
	stop();
}
