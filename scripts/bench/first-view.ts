/**
 * Benchmark of the first view: serves the production build, opens the map in system Chromium and
 * prints what it took — requests, bytes by type (as served, gzip and brotli), and the time to the map's
 * first idle as a ratio to a text-only page loaded in the same run (machines here are shared and noisy,
 * so only the ratio means anything). Run `npm run build` first, then `npm run bench`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchBrowser, serveBuild } from './serve';

const PORT = 4180;

type Kind = 'js' | 'css' | 'tiles' | 'fonts' | 'data' | 'html' | 'other';

function kindOf(url: string, type: string): Kind {
	const path = new URL(url).pathname;
	if (path.endsWith('.pbf')) return 'tiles';
	if (/\.(woff2?|ttf)$/.test(path)) return 'fonts';
	if (/\.m?js$/.test(path) || type.includes('javascript')) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.(json|geojson|csv)$/.test(path)) return 'data';
	if (type.includes('html')) return 'html';
	return 'other';
}

const { base: BASE, stop } = await serveBuild(PORT);
try {
	const browser = await launchBrowser();
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

	// Baseline: a text page of the same site, same browser, same run.
	const t0 = performance.now();
	await page.goto(`${BASE}/sources/`, { waitUntil: 'load' });
	const baselineMs = performance.now() - t0;

	await page.close();

	// The measured view: a fresh context, so nothing comes from the cache.
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const fresh = await context.newPage();
	const rows: { kind: Kind; raw: number; gzip: number; brotli: number }[] = [];
	const pending: Promise<void>[] = [];
	fresh.on('response', (response) => {
		pending.push(
			response
				.body()
				.then((body) => {
					rows.push({
						kind: kindOf(response.url(), response.headers()['content-type'] ?? ''),
						raw: body.length,
						gzip: gzipSync(body, { level: 9 }).length,
						brotli: brotliCompressSync(body).length
					});
				})
				.catch(() => undefined)
		);
	});
	fresh.on('pageerror', (e) => console.error(`page error: ${e.message}`));
	fresh.on('console', (m) => {
		if (m.type() === 'error') console.error(`console error: ${m.text()}`);
	});
	const t1 = performance.now();
	await fresh.goto(BASE);
	await fresh.locator('.map-root[data-map-state="idle"]').waitFor({ timeout: 60_000 });
	const mapMs = performance.now() - t1;
	await Promise.all(pending);
	await browser.close();

	const kinds: Kind[] = ['html', 'js', 'css', 'fonts', 'tiles', 'data', 'other'];
	const kib = (n: number) => (n / 1024).toFixed(1).padStart(8);
	console.log('First view of the map (1280×800), production build');
	console.log('type      requests   raw KiB  gzip KiB  brotli KiB');
	for (const k of [...kinds, 'total' as const]) {
		const sel = k === 'total' ? rows : rows.filter((r) => r.kind === k);
		if (!sel.length) continue;
		const sum = (f: (r: (typeof rows)[number]) => number) => sel.reduce((a, r) => a + f(r), 0);
		console.log(
			`${k.padEnd(8)} ${String(sel.length).padStart(9)} ${kib(sum((r) => r.raw))} ${kib(sum((r) => r.gzip))} ${kib(sum((r) => r.brotli))}`
		);
	}
	// What each page carries with it: the page and its data file, never a dataset.
	const pages = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter(
		(f) => f.endsWith('.html') || f.endsWith('__data.json')
	);
	for (const f of pages.sort())
		console.log(`${f.padEnd(24)} ${kib(statSync(join('build', f)).size)} KiB as built`);
	console.log(
		`time to map idle: ${(mapMs / baselineMs).toFixed(1)} × the text page's load (${mapMs.toFixed(0)} ms vs ${baselineMs.toFixed(0)} ms this run)`
	);
} finally {
	stop();
}
