import { DOWNLOADS } from '../../src/lib/datasets/index';
import { expect, mapIdle, test } from './support/fixtures';
import { inBaseLocale, isEmbed, PAGES } from './support/pages';

for (const path of PAGES) {
	test(`page ${path} loads with a heading and no errors`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// The map page needs the most of its host: module scripts, a worker, fonts and tiles by URL.
		if (inBaseLocale(path) === '/') await mapIdle(page);
	});
}

// Readers and old links type addresses without the slash; every host redirects them to the page.
for (const path of PAGES.filter((p) => p !== '/')) {
	test(`address ${path.slice(0, -1)} leads to the page ${path}`, async ({ page, baseURL }) => {
		const response = await page.goto(path.slice(0, -1));
		expect(response?.status()).toBe(200);
		expect(page.url()).toBe(new URL(path, baseURL).href);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
}

// Embeds carry no site navigation: their one link, to the explorer, is tested in embed.e2e.ts.
for (const path of PAGES.filter((p) => !isEmbed(p))) {
	test(`the site links on ${path} lead to pages of the site`, async ({ page }) => {
		await page.goto(path);
		const hrefs = await page
			.locator('header.site a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(0);
		const origin = new URL(page.url()).origin;
		for (const href of hrefs) {
			expect(new URL(href).origin, href).toBe(origin);
			expect((await page.request.get(href)).status(), href).toBe(200);
		}
	});
}

for (const d of DOWNLOADS) {
	test(`data file ${d.file} is served and parses`, async ({ request }) => {
		const response = await request.get(`/data/${d.file}`);
		expect(response.status()).toBe(200);
		const text = await response.text();
		if (d.file.endsWith('.geojson')) {
			const fc = JSON.parse(text);
			expect(fc.type).toBe('FeatureCollection');
			expect(fc.features.length).toBeGreaterThan(0);
		} else {
			expect(text.split('\n').length).toBeGreaterThan(2);
		}
	});
}

test('every file the data manifest lists is served and parses', async ({ request }) => {
	const manifest = await (await request.get('/data/manifest.json')).json();
	const files: string[] = [
		...Object.values<string>(manifest.layers),
		...Object.values<string>(manifest.records),
		...Object.values<string>(manifest.texts),
		manifest.sources
	];
	expect(files.length).toBeGreaterThan(0);
	for (const file of files) {
		const response = await request.get(file);
		expect(response.status(), file).toBe(200);
		const value = await response.json();
		if (file.endsWith('.geojson')) expect(value.type, file).toBe('FeatureCollection');
		else expect(typeof value, file).toBe('object');
	}
});

test('the sources page links every download and the events page lists every strike', async ({
	page
}) => {
	await page.goto('/sources/');
	for (const d of DOWNLOADS) {
		await expect(page.locator(`a[href$="/data/${d.file}"]`).first()).toBeVisible();
	}
	const strikes = await (await page.request.get('/data/strikes.geojson')).json();
	await page.goto('/events/');
	await expect(page.locator('article[id^="strike-"]')).toHaveCount(strikes.features.length);
});
