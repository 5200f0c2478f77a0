import { DOWNLOADS } from '../../src/lib/datasets/index';
import { expect, test } from './support/fixtures';

for (const path of ['/', '/events', '/sources']) {
	test(`page ${path} loads with a heading and no errors`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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

test('the sources page links every download and the events page lists every strike', async ({
	page
}) => {
	await page.goto('/sources');
	for (const d of DOWNLOADS) {
		await expect(page.locator(`a[href$="/data/${d.file}"]`).first()).toBeVisible();
	}
	const strikes = await (await page.request.get('/data/strikes.geojson')).json();
	await page.goto('/events');
	await expect(page.locator('article[id^="strike-"]')).toHaveCount(strikes.features.length);
});
