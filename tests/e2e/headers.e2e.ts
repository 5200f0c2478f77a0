/**
 * The build served with the headers it ships for static hosts (static/_headers, read by the test
 * server as Netlify and Cloudflare Pages read it): the pages work within their Content-Security-Policy,
 * only the site frames its pages, and each file is cached as its name allows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test as plain } from '@playwright/test';
import { expect, mapIdle, test } from './support/fixtures';
import { headersFor, parseHeadersFile } from './support/headers-file';
import { isEmbed, PAGES } from './support/pages';
import { clickAStrike } from './support/strikes';

const BUILD = join(import.meta.dirname, '../../build');
const RULES = parseHeadersFile(readFileSync(join(BUILD, '_headers'), 'utf8'));

const FOREVER = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';
const HOUR = 'public, max-age=3600';

test('the map loads, settles and opens a clicked strike within the policy', async ({ page }) => {
	const response = await page.goto('/');
	expect(response?.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
		'content',
		/default-src 'self'/
	);
	await mapIdle(page);
	const details = await clickAStrike(page);
	await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
});

for (const path of PAGES.filter((p) => p !== '/')) {
	test(`page ${path} loads within the policy`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.headers()['content-security-policy']).toBe(
			isEmbed(path) ? 'frame-ancestors *' : "frame-ancestors 'self'"
		);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
}

/** Every file of the build by the address it is served at (a folder's index.html at the folder). */
function builtAddresses(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return builtAddresses(path);
		const address = '/' + relative(BUILD, path).split(sep).join('/');
		return address === '/_headers' ? [] : [address.replace(/(^|\/)index\.html$/, '$1')];
	});
}

/** How long a file may be cached: two rules for one file would join their values and fail this. */
function caching(address: string): string {
	if (address.startsWith('/_app/immutable/') || address.startsWith('/data/v/')) return FOREVER;
	// Pages, the files under an embed's address (its oEmbed), and the unversioned files the explorer
	// reads to find its code and data.
	if (
		address.endsWith('/') ||
		isEmbed(address) ||
		address.endsWith('/__data.json') ||
		address === '/_app/version.json'
	) {
		return REVALIDATE;
	}
	return HOUR;
}

test('every file gets one caching rule, and only hashed names are cached forever', async ({
	request
}) => {
	const addresses = builtAddresses();
	expect(addresses).toContain('/');
	for (const address of addresses) {
		const response = await request.head(address);
		expect(response.status(), address).toBe(200);
		expect(response.headers()['cache-control'], address).toBe(caching(address));
	}
});

test('the data files cached forever are all in a folder named for their version', () => {
	const versions = readdirSync(join(BUILD, 'data/v'));
	expect(versions.length).toBe(1);
	expect(versions.filter((n) => !/^\d{4}-\d\d-\d\d-[0-9a-f]{8}$/.test(n))).toEqual([]);
	const files = readdirSync(join(BUILD, 'data/v', versions[0]!));
	expect(files).toContain('manifest.json');
	expect(files.filter((n) => !/^[a-z-]+(\.records|\.texts)?\.(geo)?json$/.test(n))).toEqual([]);
});

test('every page carries one frame-ancestors rule; embeds may be framed by any site', () => {
	for (const path of PAGES.filter((p) => !isEmbed(p))) {
		expect(headersFor(RULES, path)['content-security-policy'], path).toBe("frame-ancestors 'self'");
	}
	const embeds = PAGES.filter(isEmbed);
	expect(embeds.length).toBeGreaterThan(0);
	for (const path of embeds) {
		const embed = headersFor(RULES, path);
		expect(embed['content-security-policy'], path).toBe('frame-ancestors *');
		expect(embed['cache-control'], path).toBe(REVALIDATE);
	}
});

// A refused frame is an error in the browser's console, which the usual fixture counts as a failure.
plain('another site cannot frame a page, the site itself can', async ({ page, baseURL }) => {
	const site = new URL(baseURL!).origin;
	const other = site.replace('127.0.0.1', 'localhost');
	expect(other).not.toBe(site);
	const heading = page.frameLocator('iframe').getByRole('heading', { level: 1, name: /^Events/ });
	const frameOf = (src: string) => ({
		contentType: 'text/html',
		body: `<!doctype html><title>Framing</title><iframe src="${src}"></iframe>`
	});
	const child = () => page.frames().find((f) => f !== page.mainFrame());

	await page.route(`${other}/framing`, (r) => r.fulfill(frameOf(`${site}/events/`)));
	await page.goto(`${other}/framing`);
	// Chromium puts its error page where it refuses a frame.
	await expect.poll(() => child()?.url()).toMatch(/^chrome-error:/);
	await expect(heading).toHaveCount(0);

	await page.route(`${site}/framing`, (r) => r.fulfill(frameOf(`${site}/events/`)));
	await page.goto(`${site}/framing`);
	await expect(heading).toBeVisible();
});
