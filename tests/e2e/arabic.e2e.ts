/**
 * The Arabic pages: right to left with Arabic text on every route (the accessibility check of every
 * page in both languages is in layout.e2e.ts), and the language switch keeps the view.
 */
import { expect, mapIdle, test } from './support/fixtures';

const ROUTES = [
	{ path: '/ar', heading: 'خريطة رفح، أيار/مايو – حزيران/يونيو 2024' },
	{ path: '/ar/events', heading: 'الأحداث في رفح والمواصي، أيار/مايو – حزيران/يونيو 2024' },
	{ path: '/ar/sources', heading: 'المصادر والمنهجية' }
];

for (const { path, heading } of ROUTES) {
	test(`${path} is Arabic, right to left`, async ({ page }) => {
		await page.goto(path);
		if (path === '/ar') await mapIdle(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	});
}

test('the Arabic panel is laid out right to left', async ({ page }) => {
	await page.goto('/ar');
	await mapIdle(page);
	const panel = (await page.locator('aside.panel').boundingBox())!;
	const map = (await page.locator('.map-root').boundingBox())!;
	expect(panel.x, 'the panel is on the right').toBeGreaterThan(map.x);
	await expect(page.getByRole('checkbox', { name: /^الغارات/ })).toBeVisible();
});

test('the language switch opens the same view in the other language', async ({ page }) => {
	await page.goto('/?d=2024-05-26&l=strikes');
	await mapIdle(page);
	await page.getByRole('link', { name: 'اقرأ هذه الصفحة بالعربية' }).click();
	await expect(page).toHaveURL(/\/ar\/?\?d=2024-05-26&l=strikes$/);
	await mapIdle(page);
	await expect(page.getByRole('checkbox', { name: /^الغارات/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^المستشفيات/ })).not.toBeChecked();
});

test('an address asking for Arabic opens the Arabic page with the same view', async ({ page }) => {
	await page.goto('/?lang=ar&d=2024-05-07');
	await expect(page).toHaveURL(/\/ar\/?\?d=2024-05-07$/);
	await mapIdle(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test("the map's own controls speak Arabic on an Arabic page", async ({ page }) => {
	await page.goto('/ar');
	await mapIdle(page);
	await expect(page.getByRole('button', { name: 'تكبير', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'تصغير', exact: true })).toBeVisible();
	await expect(page.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute(
		'title',
		'إظهار مصادر الخريطة أو إخفاؤها'
	);
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
});
