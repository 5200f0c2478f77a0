/**
 * Graceful failure: when the records, one layer's file, the basemap's tiles, the map library or WebGL
 * fail, the page says so in the reader's language, keeps what did load working, and — where trying
 * again can help — offers "Try again", which then loads what failed. Failures are made by routing the
 * requests; no page error may escape (the fixture fails the test on one). An embed does the same over
 * its map, keeping its picture.
 */
import type { Page } from '@playwright/test';
import { expect, mapIdle, renderedCounts, test } from './support/fixtures';

const notice = (page: Page) => page.getByTestId('load-notice');
const drawn = async (page: Page, layer: string) => (await renderedCounts(page))[layer] ?? 0;

/** Fails the matching requests with a server error until the returned function is called. */
async function failing(page: Page, pattern: string | RegExp, status = 503) {
	const handler = (route: import('@playwright/test').Route) =>
		route.fulfill({ status, body: 'unavailable' });
	await page.route(pattern, handler);
	return () => page.unroute(pattern, handler);
}

/** A browser that cannot draw WebGL: every request for a WebGL context gets none. */
async function withoutWebGL(page: Page) {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			kind: string,
			...rest: unknown[]
		) {
			if (/webgl/.test(kind)) return null;
			return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
		} as typeof original;
	});
}

test('records that fail: a notice, the map still drawn, and Try again loads the lists', async ({
	page
}) => {
	const restore = await failing(page, /\/data\/v\/[^/]+\/[a-z-]+\.records\.json$/);
	await page.goto('/');
	await mapIdle(page);
	await expect(notice(page)).toContainText('The records could not load');
	await expect.poll(() => drawn(page, 'strikes-point')).toBeGreaterThan(0);
	await expect(page.locator('details.list')).toHaveCount(0);

	await restore();
	await notice(page).getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('details.list').first()).toBeVisible();
	await expect(notice(page)).toBeEmpty();
});

test('texts that fail when a feature opens: its heading shows, and Try again brings its summary', async ({
	page
}) => {
	const restore = await failing(page, /\.texts\.json$/);
	await page.goto('/?s=strike-0201');
	const details = page.getByTestId('details');
	await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
	await expect(notice(page)).toContainText('The records could not load');
	await expect(details).toContainText('Loading the details');

	await restore();
	await notice(page).getByRole('button', { name: 'Try again' }).click();
	await expect(notice(page)).toBeEmpty();
	await expect(details.getByText('How well sourced')).toBeVisible();
	// The summary came with the texts, which the first fetch left out.
	await expect(details).toContainText('a residential building in Rafah was hit');
	await expect(details).not.toContainText('Loading the details');
});

test('one layer’s file that fails: the notice names it, the others are drawn, Try again draws it', async ({
	page
}) => {
	const restore = await failing(page, /\/data\/v\/[^/]+\/strikes\.geojson$/, 500);
	await page.goto('/');
	await expect(notice(page)).toContainText('The layer “Strikes” could not load');
	await mapIdle(page);
	await expect.poll(() => drawn(page, 'evacuation-orders-fill')).toBeGreaterThan(0);
	expect(await drawn(page, 'strikes-point')).toBe(0);

	await restore();
	await notice(page).getByRole('button', { name: 'Try again' }).click();
	await expect(notice(page)).toBeEmpty();
	await expect.poll(() => drawn(page, 'strikes-point')).toBeGreaterThan(0);
});

test('basemap tiles that fail: the data layers are drawn, and Try again loads the tiles', async ({
	page
}) => {
	let tiles = 0;
	await page.route(/\/tiles\/basemap\//, (route) => {
		tiles++;
		return route.abort('failed');
	});
	await page.goto('/');
	await expect(notice(page)).toContainText('Parts of the basemap could not load');
	await mapIdle(page);
	await expect.poll(() => drawn(page, 'strikes-point')).toBeGreaterThan(0);
	expect(await drawn(page, 'places-label-major')).toBe(0);

	const failed = tiles;
	await page.unroute(/\/tiles\/basemap\//);
	await notice(page).getByRole('button', { name: 'Try again' }).click();
	await expect(notice(page)).toBeEmpty();
	await expect.poll(() => drawn(page, 'places-label-major')).toBeGreaterThan(0);
	expect(failed).toBeGreaterThan(0);
});

test('a map library that fails to load: an Arabic notice, and the lists and details still work', async ({
	page
}) => {
	// The map library is the one large script: fail it, let every other one through.
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.body();
			if (body.length > 300_000) return await route.fulfill({ status: 503, body: 'unavailable' });
			return await route.fulfill({ response, body });
		} catch {
			// The page closed while a chunk was on its way (the test had already passed).
		}
	});
	await page.goto('/ar/');
	await expect(notice(page)).toContainText('تعذّر تحميل الخريطة');
	await expect(notice(page).getByRole('button', { name: 'أعد المحاولة' })).toBeVisible();
	const list = page.locator('details.list').first();
	await list.locator('summary').click();
	await list.getByRole('button').first().click();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toBeVisible();
});

test('a browser without WebGL: the notice says so, no map is started, the lists work', async ({
	page
}) => {
	await withoutWebGL(page);
	await page.goto('/');
	await expect(notice(page)).toContainText('This browser cannot draw the map');
	await expect(notice(page).getByRole('button')).toHaveCount(0);
	await expect(page.locator('.map-root')).toHaveCount(0);
	const list = page.locator('details.list').first();
	await list.locator('summary').click();
	await list.getByRole('button').first().click();
	await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toBeVisible();
});

test('an embed whose records fail says so over its map, and Try again loads them', async ({
	page
}) => {
	const restore = await failing(page, /\/data\/v\/[^/]+\/[a-z-]+\.records\.json$/);
	await page.goto('/embed/tal-as-sultan-strike/');
	await expect(notice(page)).toContainText('The records could not load');
	await mapIdle(page);
	await expect.poll(() => drawn(page, 'strikes-point')).toBeGreaterThan(0);

	await restore();
	const records = page.waitForResponse(/\.records\.json$/);
	await notice(page).getByRole('button', { name: 'Try again' }).click();
	expect((await records).ok()).toBe(true);
	await expect(notice(page)).toBeEmpty();
});

test('an embed in a browser without WebGL keeps its picture and says why, in Arabic', async ({
	page
}) => {
	await withoutWebGL(page);
	await page.goto('/ar/embed/tal-as-sultan-strike/');
	await expect(notice(page)).toContainText('لا يستطيع هذا المتصفح رسم الخريطة');
	await expect(page.locator('img.still')).toBeVisible();
	await expect(page.getByRole('link', { name: /الخريطة/ })).toBeVisible();
});
