import { expect, mapIdle, renderedCounts, test } from './support/fixtures';

/** Every response of a page until its map is idle, by address and status. */
async function responsesUntilIdle(page: import('@playwright/test').Page, path: string) {
	const loaded: { url: string; status: number }[] = [];
	page.on('response', (r) => loaded.push({ url: r.url(), status: r.status() }));
	await page.goto(path);
	await mapIdle(page);
	return (pattern: RegExp) =>
		loaded.filter(
			(r) => pattern.test(r.url) && r.status === 200 && new URL(r.url).hostname === 'localhost'
		);
}

test('fonts, the worker and tiles all come from the app itself; an English map needs no Arabic font', async ({
	page
}) => {
	const ok = await responsesUntilIdle(page, '/');
	expect(ok(/noto-sans-latin.*\.woff2$/), 'Latin font file').not.toHaveLength(0);
	expect(ok(/maplibre-gl-worker.*\.m?js$/), 'MapLibre worker').not.toHaveLength(0);
	expect(ok(/\/tiles\/basemap\/\d+\/\d+\/\d+\.pbf$/), 'basemap tiles').not.toHaveLength(0);
	// Labels are in the reader's language: the Arabic font and the RTL plugin wait for Arabic text.
	expect(ok(/noto-sans-arabic.*\.woff2$/), 'Arabic font file').toHaveLength(0);
	expect(ok(/mapbox-gl-rtl-text.*\.js$/), 'RTL text plugin').toHaveLength(0);
});

test('an Arabic map draws Arabic place names, with the font and the RTL plugin from the app', async ({
	page
}) => {
	const ok = await responsesUntilIdle(page, '/ar/');
	expect(ok(/noto-sans-arabic.*\.woff2$/), 'Arabic font file').not.toHaveLength(0);
	expect(ok(/mapbox-gl-rtl-text.*\.js$/), 'RTL text plugin').not.toHaveLength(0);
	await expect(page.locator('.map-root')).toHaveAttribute('data-rtl-text', 'loaded');
	expect((await renderedCounts(page))['arabic-labels']).toBeGreaterThan(0);
});

test('each data file is fetched once', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/data/')) fetched.push(new URL(r.url()).pathname);
	});
	await page.goto('/');
	await mapIdle(page);
	expect(fetched.length).toBeGreaterThan(0);
	expect(
		fetched.filter((p, i) => fetched.indexOf(p) !== i),
		'fetched again'
	).toEqual([]);
});
