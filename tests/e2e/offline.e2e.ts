import { expect, mapIdle, renderedCounts, test } from './support/fixtures';

test('fonts, the RTL plugin, the worker and tiles all come from the app itself', async ({
	page
}) => {
	const loaded: { url: string; status: number }[] = [];
	page.on('response', (r) => loaded.push({ url: r.url(), status: r.status() }));
	await page.goto('/');
	await mapIdle(page);

	const ok = (pattern: RegExp) =>
		loaded.filter(
			(r) => pattern.test(r.url) && r.status === 200 && new URL(r.url).hostname === 'localhost'
		);
	expect(ok(/noto-sans-arabic.*\.woff2$/), 'Arabic font file').not.toHaveLength(0);
	expect(ok(/noto-sans-latin.*\.woff2$/), 'Latin font file').not.toHaveLength(0);
	expect(ok(/mapbox-gl-rtl-text.*\.js$/), 'RTL text plugin').not.toHaveLength(0);
	expect(ok(/maplibre-gl-worker.*\.m?js$/), 'MapLibre worker').not.toHaveLength(0);
	expect(ok(/\/tiles\/basemap\/\d+\/\d+\/\d+\.pbf$/), 'basemap tiles').not.toHaveLength(0);
});

test('Arabic place names are drawn, with the RTL plugin from the app loaded', async ({ page }) => {
	await page.goto('/');
	const root = await mapIdle(page);
	await expect(root).toHaveAttribute('data-rtl-text', 'loaded');
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
