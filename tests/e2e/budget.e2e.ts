/**
 * A byte guard (bytes, never times): the explorer's first view — everything it asks for until its map
 * has settled — and an embed the reader has not reached (its frame, the app's runtime and its picture)
 * each cost no more than their budget. The sizes are the built files' own, gzipped, for every file
 * the page asked for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRESET_IDS } from '../../src/lib/view/preset-ids';
import { expect, mapIdle, test } from './support/fixtures';
import { neverInView } from './support/never-in-view';

const KIB = 1024;
const SHELL_BUDGET = 64 * KIB;
const PICTURE_BUDGET = 30 * KIB;
/**
 * The first view's budget is what it costs today plus a little, so it cannot grow unnoticed. The
 * target is 600 KiB; MapLibre alone is about 433 KiB of it gzipped (its library 289, its worker 145),
 * and the rest is the app, the records' index, the Latin font and the basemap's tiles (README,
 * "Performance").
 */
const FIRST_VIEW_BUDGET = 640 * KIB;

/** The built file a request was answered from. */
function builtFile(url: string): string | null {
	const path = decodeURIComponent(new URL(url).pathname);
	const file = join('build', path.endsWith('/') ? `${path}index.html` : path);
	return existsSync(file) && statSync(file).isFile() ? file : null;
}

const gzip = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;

test('the explorer’s first view is within its budget', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (r) => asked.push(r.url()));
	await page.goto('/');
	await mapIdle(page);
	await page.waitForLoadState('networkidle');
	const files = [...new Set(asked.map(builtFile))].filter((f): f is string => f !== null);
	const bytes = files.reduce((sum, f) => sum + gzip(f), 0);
	expect(
		bytes,
		`${(bytes / KIB).toFixed(1)} KiB gzip in ${files.length} files`
	).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
	// A layer the first view does not show is not drawn, so its map file is not fetched (its records
	// are: the lists show every dataset).
	expect(files.filter((f) => f.endsWith('damage.geojson'))).toEqual([]);
	// Nor are the records' summaries and notes: only the details show them.
	expect(files.filter((f) => f.endsWith('.texts.json'))).toEqual([]);
});

for (const id of PRESET_IDS) {
	test(`the ${id} embed before its map starts is within its budget`, async ({ page }) => {
		// The frame never comes into view, as for an embed far down an article.
		await page.addInitScript(neverInView);
		const asked: string[] = [];
		page.on('request', (r) => asked.push(r.url()));
		await page.goto(`/embed/${id}/`);
		await expect(page.locator('img.still')).toBeVisible();
		await page.waitForLoadState('networkidle');

		const files = [...new Set(asked.map(builtFile))].filter((f): f is string => f !== null);
		const pictures = files.filter((f) => f.endsWith('.png'));
		const shell = files.filter((f) => !f.endsWith('.png') && !f.endsWith('.svg'));
		expect(shell.some((f) => f.endsWith('.js'))).toBe(true);
		const shellBytes = shell.reduce((sum, f) => sum + gzip(f), 0);
		expect(shellBytes, `${(shellBytes / KIB).toFixed(1)} KiB gzip`).toBeLessThanOrEqual(
			SHELL_BUDGET
		);
		expect(pictures).toHaveLength(1);
		expect(statSync(pictures[0]!).size).toBeLessThanOrEqual(PICTURE_BUDGET);
		// Nothing of the map: no tiles, no data, no fonts.
		expect(files.filter((f) => /\.(pbf|geojson|woff2?)$|\/data\/v\//.test(f))).toEqual([]);
	});
}
