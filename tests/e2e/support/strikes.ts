import type { Page } from '@playwright/test';
import { DATASETS } from '../../../src/lib/datasets/index';
import { palette } from '../../../src/lib/map/styles/palette';
import { LAYER_DATASET, LAYER_IDS } from '../../../src/lib/view/layers';
import { expect, mapIdle } from './fixtures';
import { hex, pixelStats } from './pixels';

/**
 * Clicks a strike on the map as a reader would: with only the strikes layer shown, any pixel of the
 * strike colour on the canvas is a strike. Returns the details panel it opens.
 */
export async function clickAStrike(page: Page) {
	for (const id of LAYER_IDS.filter((l) => l !== 'strikes')) {
		const name = DATASETS[LAYER_DATASET[id]].title;
		await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).uncheck();
	}
	await mapIdle(page);
	const canvas = page.locator('.map-root canvas');
	const stats = await pixelStats(page, canvas, [hex(palette.strike)], 6);
	const hit = stats.probes[0]!;
	expect(hit.count, 'strike-coloured pixels').toBeGreaterThan(0);

	await canvas.click({ position: { x: hit.x, y: hit.y } });
	const details = page.getByTestId('details');
	await expect(details.getByText('Strikes', { exact: true })).toBeVisible();
	return details;
}
