/**
 * Time: playback advances the day and pause stops it; the count in context matches what the map
 * draws.
 */
import { expect, mapIdle, renderedCounts, test } from './support/fixtures';

test('play advances the date and pause stops it', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const output = page.locator('output[for="as-of"]');
	await page.getByRole('combobox', { name: /^Speed/ }).selectOption('fast');
	await page.getByRole('button', { name: 'Play May–June 2024 day by day' }).click();
	await expect(output).not.toHaveText('30 June 2024');
	await expect.poll(async () => await output.textContent()).toMatch(/^([4-9]|[1-3]\d) May 2024$/);
	await page.getByRole('button', { name: 'Play May–June 2024 day by day' }).click();
	const paused = await output.textContent();
	await page.waitForTimeout(1000);
	await expect(output).toHaveText(paused!);
});

test('Space on the slider plays and pauses', async ({ page }) => {
	await page.goto('/?d=2024-05-10');
	await mapIdle(page);
	const play = page.getByRole('button', { name: 'Play May–June 2024 day by day' });
	await page.getByRole('slider', { name: /Situation as of/ }).focus();
	await page.keyboard.press('Space');
	await expect(play).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Space');
	await expect(play).toHaveAttribute('aria-pressed', 'false');
});

test('the count in context matches the strikes the map draws', async ({ page }) => {
	// Zoomed out so that every strike of the period is inside the map.
	await page.goto('/?d=2024-05-26&l=strikes&c=34.27,31.31,10.5');
	await mapIdle(page);
	await page.getByRole('combobox', { name: /^Show/ }).selectOption({ label: 'the last 7 days' });
	const count = page.getByTestId('shown-count');
	await expect(count).toContainText('20 – 26 May 2024');
	const shown = Number((await count.textContent())!.match(/Showing (\d+) of (\d+) strikes/)![1]);
	await expect.poll(async () => (await renderedCounts(page))['strikes-point']).toBe(shown);
	expect(shown).toBeGreaterThan(0);
	await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('2024-05-20..2024-05-26');
});

test('choosing a day on a chart sets the date', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const chart = page.getByRole('figure', { name: 'Strikes per day' });
	await chart.locator('[data-date="2024-05-26"]').click();
	await expect(page.locator('output[for="as-of"]')).toHaveText('26 May 2024');
	await chart.getByText('The figures as a table').click();
	await chart.getByRole('button', { name: '7 May 2024', exact: true }).click();
	await expect(page.locator('output[for="as-of"]')).toHaveText('7 May 2024');
	await expect(
		page.getByRole('img', { name: /Bars of the strikes recorded each day/ })
	).toBeVisible();
});
