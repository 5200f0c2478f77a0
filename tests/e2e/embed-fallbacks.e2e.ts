/**
 * What an embed offers besides its live map: the story's picture first, without scripts and in print;
 * its card and oEmbed file for the sites that link it; and its pin to a version of the data.
 */
import * as v from 'valibot';
import { oembedSchema } from '../../src/lib/embed/oembed';
import { PRESET_IDS } from '../../src/lib/view/preset-ids';
import { expect, mapIdle, test } from './support/fixtures';

const LANGS = [
	{ lang: 'en', prefix: '' },
	{ lang: 'ar', prefix: '/ar' }
] as const;

for (const { lang, prefix } of LANGS) {
	test(`each story's picture in ${lang} is the placeholder, the card and the oEmbed thumbnail`, async ({
		page,
		request
	}) => {
		for (const id of PRESET_IDS) {
			const picture = `/embed-stills/${id}.${lang}.png`;
			await page.goto(`${prefix}/embed/${id}/`);
			const still = page.locator('img.still');
			await expect(still, id).toBeAttached();
			expect(await still.evaluate((img: HTMLImageElement) => new URL(img.src).pathname), id).toBe(
				picture
			);
			const card = await page.locator('meta[property="og:image"]').getAttribute('content');
			expect(new URL(card!).pathname, id).toBe(picture);
			const image = await request.get(picture);
			expect(image.headers()['content-type'], id).toBe('image/png');

			// The discovery link names the story's oEmbed file, which is valid oEmbed for this embed.
			const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
			const file = new URL((await link.getAttribute('href'))!);
			expect(file.pathname, id).toBe(`${prefix}/embed/${id}/oembed.json`);
			const response = await request.get(file.pathname);
			expect(response.headers()['content-type'], id).toMatch(/^application\/json/);
			const oembed = v.parse(oembedSchema, await response.json());
			expect(oembed.title, id).toBe(await page.getByRole('heading', { level: 1 }).textContent());
			expect(oembed.html, id).toContain(`src="${new URL(`${prefix}/embed/${id}/`, file).href}"`);
			expect(oembed.html, id).toContain('data-rafah-map');
			expect(new URL(oembed.thumbnail_url!).pathname, id).toBe(picture);
		}
	});
}

test('without scripts, an embed shows its picture and says the map needs them', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/embed/evacuation-orders/');
	const still = page.locator('img.still');
	await expect(still).toBeVisible();
	await expect(still).toHaveAttribute('alt', /^Picture of the map: /);
	expect(await still.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	// Chromium with scripts turned off for a page still parses <noscript> as text, so its words are
	// read from the element rather than seen.
	expect(await page.locator('.map-box noscript').textContent()).toContain(
		'The interactive map needs JavaScript.'
	);
	await expect(page.getByRole('button', { name: 'Show the interactive map' })).toHaveCount(0);
	await context.close();
});

test('the picture gives way to the map once it has drawn, and stands in for it in print', async ({
	page
}) => {
	await page.goto('/embed/exodus/');
	const still = page.locator('img.still');
	await page.locator('.map-box').scrollIntoViewIfNeeded();
	await mapIdle(page);
	await expect(still).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(still).toBeVisible();
	await expect(page.locator('.map-root')).toBeHidden();
});

/** The data files a page asked for, by their folder under /data/v/. */
function dataFolders(urls: string[]): string[] {
	return [...new Set(urls.map((u) => new URL(u).pathname.match(/^\/data\/v\/([^/]+)\//)?.[1]))]
		.filter((f): f is string => f !== undefined)
		.sort();
}

test('a pinned embed draws the version it names, and a live one the latest', async ({ page }) => {
	// An earlier version this host still keeps: its files, served from its own folder.
	const OLD = '2026-01-01-0000abcd';
	const asked: string[] = [];
	page.on('request', (r) => asked.push(r.url()));
	await page.goto('/embed/aid/');
	await mapIdle(page);
	const current = (await page.locator('.credits').textContent())!.match(
		/\d{4}-\d\d-\d\d-[0-9a-f]{8}/
	)![0];
	expect(dataFolders(asked)).toEqual([current]);

	await page.route(`**/data/v/${OLD}/**`, async (route) => {
		const url = new URL(route.request().url());
		url.pathname = url.pathname.replace(`/data/v/${OLD}/`, `/data/v/${current}/`);
		const response = await route.fetch({ url: url.href });
		const body = (await response.text()).replaceAll(`/data/v/${current}/`, `/data/v/${OLD}/`);
		await route.fulfill({ response, body: body.replaceAll(`"${current}"`, `"${OLD}"`) });
	});
	asked.length = 0;
	await page.goto(`/embed/aid/?data=${OLD}`);
	await mapIdle(page);
	await expect(page.locator('.credits')).toContainText(`Data version ${OLD}`);
	expect(dataFolders(asked)).toEqual([OLD]);
});

test('a pinned version the host no longer keeps falls back to the latest, and says so', async ({
	page
}) => {
	await page.goto('/embed/aid/?data=2020-01-01-deadbeef');
	await expect(page.getByRole('status').filter({ hasText: '2020-01-01-deadbeef' })).toBeVisible();
	await mapIdle(page);
	await expect(page.locator('.credits')).toContainText(/Data version \d{4}/);
});
