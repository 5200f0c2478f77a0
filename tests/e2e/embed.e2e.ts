/**
 * The embed pages, as an article's reader meets them: the story's words, its map started and showing
 * the story's view, and the link to the same view in the explorer; and the embed of any view, made
 * from its address.
 */
import { readdirSync } from 'node:fs';
import { presetView } from '../../src/lib/view/presets';
import { serialiseView } from '../../src/lib/view/view-state';
import { expect, mapIdle, renderedCounts, test } from './support/fixtures';

test('an embed shows its story, its map and a link to the same view in the explorer', async ({
	page
}) => {
	await page.goto('/embed/tal-as-sultan-strike/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'The strike on a displacement camp in Tal as-Sultan, 26 May 2024'
	);
	await expect(page.getByText('26 May 2024', { exact: true })).toBeVisible();
	await mapIdle(page);
	// Only the story's layers are drawn, and only the story's day.
	const counts = await renderedCounts(page);
	expect(counts['strikes-point']).toBeGreaterThan(0);
	expect(counts['ground-operations-point'] ?? 0).toBe(0);
	await expect(page.getByText(/Data version/)).toBeVisible();

	const explore = page.getByRole('link', { name: 'Explore the full map' });
	const search = serialiseView(presetView('tal-as-sultan-strike', 'en'), { lang: false });
	await expect(explore).toHaveAttribute('href', new RegExp(`${search.replace(/[.?]/g, '\\$&')}$`));
	await expect(explore).toHaveAttribute('target', '_blank');
	const [explorer] = await Promise.all([page.waitForEvent('popup'), explore.click()]);
	await mapIdle(explorer);
	await expect(explorer.locator('output[for="as-of"]')).toHaveText('26 May 2024');
	await expect(explorer.getByTestId('details')).toBeVisible();
});

test('the Arabic embed is Arabic, right to left, with its map', async ({ page }) => {
	await page.goto('/ar/embed/evacuation-orders/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'أوامر الإخلاء في 6 و11 أيار/مايو و«المنطقة الإنسانية»'
	);
	await mapIdle(page);
	expect((await renderedCounts(page))['evacuation-orders-fill']).toBeGreaterThan(0);
	const href = await page.getByRole('link', { name: 'استكشف الخريطة كاملة' }).getAttribute('href');
	const target = new URL(href!, page.url());
	expect(target.pathname).toBe('/ar/');
	expect(target.search).toBe(serialiseView(presetView('evacuation-orders', 'ar'), { lang: false }));
});

test('a wheel over an embedded map scrolls the page, with the hint for moving the map', async ({
	page
}) => {
	await page.setViewportSize({ width: 600, height: 400 });
	await page.goto('/embed/overview/');
	await page.getByRole('heading', { level: 1 }).waitFor();
	const map = page.locator('.map-root');
	await map.scrollIntoViewIfNeeded();
	await mapIdle(page);
	const box = (await map.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const before = await page.evaluate(() => window.scrollY);
	await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
	await expect(page.getByText('Use Ctrl + scroll to zoom the map')).toBeAttached();
});

for (const { preset, title } of [
	{ preset: 'exodus', title: 'People in Rafah and displaced from it' },
	{ preset: 'aid', title: 'Aid truck lines per day, all crossings (UNRWA list)' }
]) {
	test(`the ${preset} embed tells its story with its one chart beside the map`, async ({
		page
	}) => {
		await page.goto(`/embed/${preset}/`);
		await mapIdle(page);
		const charts = page.getByRole('region', { name: 'Over time' }).locator('figure');
		await expect(charts).toHaveCount(1);
		await expect(charts.locator('figcaption').first()).toHaveText(title);
	});
}

test('an embed of any view shows the view of its address, with its title, and links to it', async ({
	page
}) => {
	const search = '?d=2024-05-20..2024-05-26&l=strikes,evacuation-orders&c=34.25,31.3,13';
	await page.goto(`/embed/${search}&title=${encodeURIComponent('Strikes & orders, 20–26 May')}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strikes & orders, 20–26 May');
	await expect(page).toHaveTitle('Strikes & orders, 20–26 May');
	await expect(page.getByText('Shown: strikes and evacuation orders.')).toBeVisible();
	await expect(page.getByText('20 – 26 May 2024', { exact: true })).toBeVisible();
	await mapIdle(page);
	const counts = await renderedCounts(page);
	expect(counts['strikes-point']).toBeGreaterThan(0);
	expect(counts['hospitals-point'] ?? 0).toBe(0);

	const href = await page.getByRole('link', { name: 'Explore the full map' }).getAttribute('href');
	const target = new URL(href!, page.url());
	expect(target.pathname).toBe('/');
	expect(target.search).toBe(search);
});

test('an embed of any view keeps a pinned data version in its link to the explorer', async ({
	page
}) => {
	// The build's own version: one the host keeps.
	const [version] = readdirSync('build/data/v');
	await page.goto(`/ar/embed/?d=2024-05-28&l=strikes&data=${version}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'رفح، أيار/مايو – حزيران/يونيو 2024'
	);
	const href = await page.getByRole('link', { name: 'استكشف الخريطة كاملة' }).getAttribute('href');
	const target = new URL(href!, page.url());
	expect(target.pathname).toBe('/ar/');
	expect(target.search).toBe(`?d=2024-05-28&l=strikes&data=${version}`);
});

test('a hostile address gives the default view and shows the title as text', async ({ page }) => {
	const title = '<img src=x onerror=alert(1)>';
	await page.goto(`/embed/?d=2024-99-99&l=<script>&title=${title}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	// No picture of any view is made, and the title made none.
	await expect(page.locator('article.embed img')).toHaveCount(0);
	// The default view: every layer, as of the last day.
	await expect(page.getByText('As of 30 June 2024', { exact: true })).toBeVisible();
	await expect(page.getByText(/^Shown: strikes, .* and ground operations\.$/)).toBeVisible();
	await mapIdle(page);
	expect((await renderedCounts(page))['strikes-point']).toBeGreaterThan(0);
	const href = await page.getByRole('link', { name: 'Explore the full map' }).getAttribute('href');
	expect(new URL(href!, page.url()).search).toMatch(/^(\?c=[\d.,-]+)?$/);
});
