import { DATASETS } from '../../src/lib/datasets/index';
import { MAP_LAYERS } from '../../src/lib/map/registry';
import { palette } from '../../src/lib/map/styles/palette';
import { LAYER_DATASET, LAYER_IDS, OFF_BY_DEFAULT } from '../../src/lib/view/layers';
import { expect, mapIdle, renderedCounts, test } from './support/fixtures';
import { hex, pixelStats } from './support/pixels';
import { clickAStrike } from './support/strikes';

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
});

test('the map draws the basemap and the data layers on a non-blank canvas', async ({ page }) => {
	const stats = await pixelStats(page, page.locator('.map-root canvas'), [
		hex(palette.land),
		hex(palette.sea)
	]);
	expect(stats.distinctColours).toBeGreaterThan(50);
	expect(stats.probes[0]!.count, 'land pixels').toBeGreaterThan(1000);
	expect(stats.probes[1]!.count, 'sea pixels').toBeGreaterThan(1000);
});

test('labels render from the basemap in the first view', async ({ page }) => {
	const counts = await renderedCounts(page);
	expect(counts['places-label-major']).toBeGreaterThan(0);
});

// Every layer of the registry, by the toggle's name and the style layer that draws its features.
const LAYERS = LAYER_IDS.map((id) => ({
	name: DATASETS[LAYER_DATASET[id]].title,
	layer: MAP_LAYERS[id].counted,
	off: OFF_BY_DEFAULT.includes(id)
}));

for (const { name, layer, off } of LAYERS) {
	test(`the ${name} toggle hides and shows its layer on the map`, async ({ page }) => {
		const toggle = page.getByRole('checkbox', { name: new RegExp(`^${name}`) });
		if (off) {
			// Off in the default view: nothing drawn until it is switched on.
			await expect(toggle).not.toBeChecked();
			expect((await renderedCounts(page))[layer] ?? 0).toBe(0);
			await toggle.check();
		}
		await expect.poll(async () => (await renderedCounts(page))[layer]).toBeGreaterThan(0);

		await toggle.uncheck();
		await expect.poll(async () => (await renderedCounts(page))[layer]).toBe(0);

		await toggle.check();
		await expect.poll(async () => (await renderedCounts(page))[layer]).toBeGreaterThan(0);
	});
}

test('the toggles work from the keyboard', async ({ page }) => {
	const toggle = page.getByRole('checkbox', { name: /^Strikes/ });
	await toggle.focus();
	await page.keyboard.press('Space');
	await expect(toggle).not.toBeChecked();
	await expect.poll(async () => (await renderedCounts(page))['strikes-point']).toBe(0);
});

test('clicking a strike opens its details with a link to its source', async ({ page }) => {
	const details = await clickAStrike(page);
	const link = details.getByRole('link').first();
	await expect(link).toHaveAttribute('href', /^https:\/\//);
	await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
});

test('the credits start folded behind their button, on every screen size, and unfold', async ({
	page
}) => {
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toHaveClass(/maplibregl-compact/);
	await expect(attribution).not.toHaveClass(/maplibregl-compact-show/);
	// MapLibre draws the credits as a disclosure: a <summary> with its label as a title.
	const toggle = attribution.locator('.maplibregl-ctrl-attrib-button');
	await expect(toggle).toHaveAttribute('title', "Show or hide the map's sources");
	await toggle.click();
	await expect(attribution).toHaveClass(/maplibregl-compact-show/);
	await expect(attribution.getByText(/OpenStreetMap contributors/)).toBeVisible();
});

test("a strike's uncertain area is drawn only for the strike hovered or selected", async ({
	page
}) => {
	await expect.poll(async () => (await renderedCounts(page))['strikes-point']).toBeGreaterThan(0);
	expect((await renderedCounts(page))['strikes-uncertainty']).toBe(0);
	// The pointer rests on the strike it clicked: hovered and selected, one feature.
	await clickAStrike(page);
	await expect.poll(async () => (await renderedCounts(page))['strikes-uncertainty']).toBe(1);
});

test('place and area names give way to the strikes rather than lie under them', async ({
	page
}) => {
	// The city at a zoom where neighbourhood names show and many strikes sit on their points.
	await page.goto('/?c=34.2570,31.2880,13.3');
	await mapIdle(page);
	const counts = await renderedCounts(page);
	expect(counts['strikes-point']).toBeGreaterThan(10);
	expect(counts['places-label-minor']).toBeGreaterThan(5);
	expect(counts['labels-over-strikes']).toBe(0);
});

test('the legend keys strike sizes to the highest stated toll', async ({ page }) => {
	const legend = page.locator('fieldset');
	for (const label of ['No toll stated', '10 killed', '50 or more killed'])
		await expect(legend.getByText(label, { exact: true })).toBeVisible();
});

test('the attribution control credits the basemap and every visible dataset', async ({ page }) => {
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toContainText('OpenStreetMap contributors');
	await expect(attribution).toContainText('Strikes: OCHA');
	await expect(attribution).toContainText('OCHA COD-AB');
	await expect(attribution).toContainText('Population: UNRWA');
	await expect(attribution).toContainText('Aid corridors');
});

test('the date control shows the situation as of the chosen day', async ({ page }) => {
	const atEnd = await renderedCounts(page);
	const slider = page.getByRole('slider', { name: /Situation as of/ });

	await slider.fill('4'); // 5 May 2024: before the first evacuation order of the period
	await expect(page.locator('output[for="as-of"]')).toHaveText('5 May 2024');
	await expect.poll(async () => (await renderedCounts(page))['evacuation-orders-fill']).toBe(0);
	const early = await renderedCounts(page);
	expect(early['strikes-point']).toBeLessThan(atEnd['strikes-point']!);

	await page.getByRole('button', { name: 'Next day' }).click(); // 6 May: the first order
	await expect
		.poll(async () => (await renderedCounts(page))['evacuation-orders-fill'])
		.toBeGreaterThan(0);
});

test('a feature chosen from a list is brought into view and Enter on the map opens it', async ({
	page
}) => {
	await page.locator('summary', { hasText: 'Crossings and entry points' }).click();
	await page.getByRole('button', { name: 'Rafah crossing' }).click();
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Rafah crossing');
	await page.getByRole('button', { name: 'Close details' }).click();
	await expect(details).toHaveCount(0);

	// The map has flown to the crossing: it sits under the ring at the centre.
	await mapIdle(page);
	await page.locator('.map-root canvas').focus();
	await page.keyboard.press('Enter');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Rafah crossing');
	await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
});

test("a municipality's damage details name the mapped assessment and list every figure with its source", async ({
	page
}) => {
	await page.goto('/?l=damage&s=muni-rafah');
	await mapIdle(page);
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2, name: 'Rafah' })).toBeVisible();
	await expect(details.getByText(/assessment of 11 October 2025/)).toBeVisible();
	const rows = details.getByRole('table').getByRole('row');
	// The header, then UNOSAT's count of October 2025, OCHA's new damage of July 2024 and a radar share.
	await expect(rows).toHaveCount(4);
	await expect(details.getByRole('link', { name: 'OCHA' })).toHaveAttribute(
		'href',
		/^https:\/\/ochaopt\.org\//
	);
	// The legend says which assessment the colours are, and whose.
	await expect(page.getByText(/UNITAR\/UNOSAT's assessment of 11 October 2025/)).toBeVisible();
});
