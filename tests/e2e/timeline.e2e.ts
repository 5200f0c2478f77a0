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

test('the displacement chart shows the figures and the model, and choosing a day on it sets the date', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const chart = page.getByRole('figure', { name: 'People in Rafah and displaced from it' });
	await expect(
		page.getByRole('img', { name: /^Points for each source’s figure for Rafah governorate/ })
	).toBeVisible();
	expect(await chart.locator('circle.point.in_rafah').count()).toBeGreaterThan(0);
	expect(await chart.locator('circle.point.displaced').count()).toBeGreaterThan(0);
	// The model has no value on 3 May: its line is drawn in two pieces, not joined across the gap.
	const model = await chart.getByTestId('model-line').getAttribute('d');
	expect(model?.match(/M/g)).toHaveLength(2);
	await expect(chart.getByText('Model: adults, from advertising audiences — Darin')).toHaveCount(2);

	await chart.locator('[data-date="2024-05-20"]').click();
	await expect(page.locator('output[for="as-of"]')).toHaveText('20 May 2024');
	await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('2024-05-20');

	await chart.getByText('The figures as a table').click();
	const rows = chart.getByTestId('displacement-table').locator('tbody tr');
	expect(await rows.count()).toBeGreaterThan(10);
	await chart.getByRole('button', { name: '19 May 2024', exact: true }).click();
	await expect(page.locator('output[for="as-of"]')).toHaveText('19 May 2024');
	// The cited documents load when the table opens: the row names UNRWA's situation report.
	await expect(rows.filter({ hasText: '815,000' })).toContainText('UNRWA');
});

test('in Arabic the charts run right to left with every label inside them', async ({ page }) => {
	await page.goto('/ar/');
	await mapIdle(page);
	const chart = page.getByRole('figure', { name: 'الناس في رفح والنازحون منها' });
	await expect(chart).toBeVisible();
	expect(await chart.locator('circle.point').count()).toBeGreaterThan(0);
	await expect(chart.locator('text.model-label')).toHaveText(
		'نموذج: البالغون، استنادًا إلى جمهور الإعلانات — دارين'
	);
	// Time runs from the right: 1 May is right of 30 June.
	const first = (await chart.locator('[data-date="2024-05-01"]').boundingBox())!;
	const last = (await chart.locator('[data-date="2024-06-30"]').boundingBox())!;
	expect(first.x).toBeGreaterThan(last.x);
	// No label runs past the edges of its chart (the reference lines' labels and the axis dates too).
	const outside = await page.locator('.charts svg').evaluateAll((svgs) =>
		svgs.flatMap((svg) => {
			const width = (svg as SVGSVGElement).viewBox.baseVal.width;
			return [...svg.querySelectorAll('text')]
				.map((t) => ({ text: t.textContent, box: t.getBBox() }))
				.filter(({ box }) => box.x < -0.5 || box.x + box.width > width + 0.5)
				.map(({ text, box }) => `${text}: ${box.x.toFixed(1)}–${(box.x + box.width).toFixed(1)}`);
		})
	);
	expect(outside).toEqual([]);
});
