/**
 * The strikes' evidence grades: the filter hides the strikes of a grade on the map and in the count,
 * the address keeps it and restores it, and each strike's details say how well it is sourced.
 */
import { expect, mapIdle, renderedCounts, test } from './support/fixtures';

const drawn = async (page: import('@playwright/test').Page) =>
	(await renderedCounts(page))['strikes-point'] ?? 0;

test('leaving out single-source strikes hides them, and the address keeps the filter', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const single = page.getByRole('checkbox', { name: /^Single source/ });
	await expect(single).toBeChecked();
	const label = page.locator('label', { has: single });
	const singles = Number((await label.textContent())!.match(/\((\d+)\)/)![1]);
	expect(singles).toBeGreaterThan(0);
	const before = await drawn(page);
	expect(before).toBeGreaterThan(singles);

	await single.uncheck();
	await expect.poll(() => drawn(page)).toBe(before - singles);
	await expect(page).toHaveURL(/[?&]g=several,confirmed(&|$)/);
	await expect(page.getByTestId('shown-count')).toContainText('Several independent sources');

	await page.reload();
	await mapIdle(page);
	await expect(page.getByRole('checkbox', { name: /^Single source/ })).not.toBeChecked();
	await expect.poll(() => drawn(page)).toBe(before - singles);

	await page.getByRole('checkbox', { name: /^Single source/ }).check();
	await expect.poll(() => drawn(page)).toBe(before);
	await expect(page).not.toHaveURL(/[?&]g=/);
});

test('a strike’s details and the events page say how well it is sourced', async ({ page }) => {
	await page.goto('/?s=strike-0032');
	await mapIdle(page);
	const evidence = page.getByTestId('details').getByTestId('evidence');
	await expect(evidence).toContainText('Confirmed by a UN agency');
	await expect(evidence).toContainText('OCHA');

	await page.goto('/events/');
	await expect(page.locator('#strike-0032').getByTestId('evidence')).toContainText(
		'Confirmed by a UN agency'
	);
});

test('an address with an unknown grade shows every strike', async ({ page }) => {
	await page.goto('/?g=rumour');
	await mapIdle(page);
	for (const name of [/^Single source/, /^Several independent/, /^Confirmed by/])
		await expect(page.getByRole('checkbox', { name })).toBeChecked();
});
