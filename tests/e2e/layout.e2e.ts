import AxeBuilder from '@axe-core/playwright';
import { expect, mapIdle, test } from './support/fixtures';
import { inBaseLocale, PAGES } from './support/pages';

test('the map fills its part of the screen and the panel stays usable', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const viewport = page.viewportSize()!;
	const box = (await page.locator('.map-root canvas').boundingBox())!;
	expect(box.width).toBeGreaterThan(viewport.width * 0.55);
	expect(box.height).toBeGreaterThan(viewport.height * 0.5);
	await expect(page.getByRole('checkbox', { name: /^Strikes/ })).toBeVisible();
	// Credits are on the map itself: in full on wide screens, behind the (i) button on phones.
	const credits = page.locator('.maplibregl-ctrl-attrib');
	await expect(credits).toBeVisible();
	await expect(credits).toContainText('OpenStreetMap contributors');
});

for (const path of PAGES) {
	test(`page ${path} has no serious accessibility violations`, async ({ page }) => {
		await page.goto(path);
		if (inBaseLocale(path) === '/') await mapIdle(page);
		const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
		const serious = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(
			serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
}
