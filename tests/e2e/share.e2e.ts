/**
 * The view in the address: a view built by hand (date, layers, selection, camera) is copied as a link
 * and restored in a new page exactly; hostile addresses leave a working default map.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_LAYERS } from '../../src/lib/view/layers';
import { expect, mapIdle, renderedCounts, test } from './support/fixtures';

async function copyLink(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Copy link to this view' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: /Link copied|Copy the link/ })
	).toBeVisible();
	return page.getByLabel('Link to this view').inputValue();
}

test('a copied link restores the date, layers, selection and camera in a new page', async ({
	page,
	context
}) => {
	await page.goto('/');
	await mapIdle(page);

	await page.getByRole('slider', { name: /Situation as of/ }).fill('25'); // 26 May 2024
	await page.getByRole('checkbox', { name: /^Hospitals/ }).uncheck();
	await page.locator('summary', { hasText: 'Strikes, by date' }).click();
	const strike = page.getByRole('button', { name: /^26 May 2024 — / }).first();
	// The list entry is the date, the place and how well it is sourced; the heading is the place.
	const detail = (await strike.locator('.detail').textContent()) ?? '';
	const label = (await strike.textContent())!
		.replace(detail, '')
		.replace(/^26 May 2024 — /, '')
		.trim();
	await strike.click();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(label);
	await mapIdle(page);

	// Pan with the keyboard, as a reader without a mouse would.
	await page.locator('.map-root canvas').focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
	await mapIdle(page);
	const link = await copyLink(page);
	expect(link).toMatch(/[?&]d=2024-05-26/);
	expect(link).toMatch(/[?&]c=/);
	expect(link).not.toContain('hospitals');

	const restored = await context.newPage();
	await restored.goto(link);
	await mapIdle(restored);
	await expect(restored.locator('output[for="as-of"]')).toHaveText('26 May 2024');
	await expect(restored.getByRole('checkbox', { name: /^Hospitals/ })).not.toBeChecked();
	await expect(restored.getByRole('checkbox', { name: /^Strikes/ })).toBeChecked();
	await expect(restored.getByTestId('details').getByRole('heading', { level: 2 })).toHaveText(
		label
	);
	const counts = await renderedCounts(restored);
	expect(counts['hospitals-point'] ?? 0).toBe(0);
	expect(counts['strikes-point']).toBeGreaterThan(0);
	// The camera read back from the restored map gives the same address: nothing was lost or moved.
	expect(await copyLink(restored)).toBe(link);
	await restored.close();
});

test('the address follows the view as it changes', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	await page.getByRole('checkbox', { name: /^Evacuation orders/ }).uncheck();
	await expect
		.poll(() => new URL(page.url()).searchParams.get('l'))
		// Every other layer of the default view, in its order: the address lists what is shown.
		.toBe(DEFAULT_LAYERS.filter((id) => id !== 'evacuation-orders').join(','));
	await page.getByRole('button', { name: 'Previous day' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('2024-06-29');
});

const HOSTILE = [
	'?s=<script>alert(1)</script>',
	'?s=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'?c=NaN,NaN,NaN',
	'?c=Infinity,-Infinity,1e309',
	'?c=0,0,12',
	`?s=strike-${'0'.repeat(20_000)}`,
	`?l=${'strikes,'.repeat(2_500)}`,
	'?s=strike-9999',
	'?l=nope,also-nope&lang=xx',
	'?d=2024-05-32',
	'?d=2024-06-10..2024-05-01&d=2024-05-01',
	'?d=2024-05-26&d=2024-05-01&l=strikes&l=hospitals',
	'?__proto__[polluted]=1&constructor.prototype.polluted=1',
	'?s=%E0%A4%A&d=%&c=%2C%2C'
];

for (const search of HOSTILE) {
	test(`a hostile address leaves a working map: ${search.slice(0, 60)}`, async ({ page }) => {
		await page.goto(`/${search}`);
		await mapIdle(page);
		await expect(page.getByRole('checkbox', { name: /^Strikes/ })).toBeVisible();
		await expect(page.getByTestId('details')).toHaveCount(0);
		expect((await renderedCounts(page))['strikes-point']).toBeGreaterThan(0);
		expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
			'polluted'
		);
	});
}
