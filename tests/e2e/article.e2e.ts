/**
 * A stand-in article on another origin that includes the loader once and three embeds, as a newsroom
 * would: each map starts once its frame is scrolled into view, each frame takes its content's height
 * from the embed's messages, and a wheel over an embed scrolls the article.
 */
import { createServer, type Server } from 'node:http';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const STORIES = ['crossing-seizure', 'exodus', 'tal-as-sultan-strike'];
const filler = (n: number) =>
	Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the article's text.</p>`).join('');

function article(site: string) {
	const frames = STORIES.map(
		(s) =>
			`<iframe data-rafah-map src="${site}/embed/${s}/" title="Map: ${s}" width="100%" height="600" style="border:0"></iframe>${filler(30)}`
	).join('');
	return `<!doctype html><html lang="en"><title>Article</title><body style="max-width:640px;margin:auto">
<h1>An article with maps</h1>${filler(5)}${frames}<script src="${site}/embed.js" async></script></body></html>`;
}

// The article is served by a server of its own on another origin, as a newspaper's site would be.
// (A page made up by the test runner counts as a public site to Chromium, which then refuses to frame
// a local one: a real local server avoids that.)
let server: Server;
let articleUrl: string;
test.beforeAll(async ({ baseURL }) => {
	const site = new URL(baseURL!);
	const port = Number(site.port) + 3;
	server = createServer((_, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(article(site.origin));
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	articleUrl = `http://127.0.0.1:${port}/article`;
	expect(new URL(articleUrl).origin).not.toBe(site.origin);
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function openArticle(page: Page) {
	await page.goto(articleUrl);
}

const started = (f: FrameLocator) => f.locator('.map-box').getAttribute('data-started');

test('the embeds in an article start when seen, take their height and let the page scroll', async ({
	page
}) => {
	await page.setViewportSize({ width: 800, height: 700 });
	await openArticle(page);
	const iframes = page.locator('iframe[data-rafah-map]');
	await expect(iframes).toHaveCount(3);
	const frames = STORIES.map((_, i) => page.frameLocator('iframe[data-rafah-map]').nth(i));

	// The first is in view and starts; the last, far below, waits.
	await expect(frames[0]!.locator('.map-root')).toHaveAttribute('data-map-state', 'idle', {
		timeout: 30_000
	});
	expect(await started(frames[2]!)).toBe('false');

	for (const [i, frame] of frames.entries()) {
		await iframes.nth(i).scrollIntoViewIfNeeded();
		await expect(frame.locator('.map-root')).toHaveAttribute('data-map-state', 'idle', {
			timeout: 30_000
		});
		// The frame is as tall as what it holds, not the 600 px the article gave it.
		const content = await frame
			.locator('article.embed')
			.evaluate((el) => el.getBoundingClientRect().height);
		await expect
			.poll(async () => (await iframes.nth(i).boundingBox())!.height)
			.toBeCloseTo(Math.ceil(content), 0);
		expect(Math.round(content)).not.toBe(600);
	}

	// A wheel over a map scrolls the article; the map waits for ctrl or two fingers.
	await iframes.nth(1).scrollIntoViewIfNeeded();
	const box = (await iframes.nth(1).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
	const before = await page.evaluate(() => window.scrollY);
	await page.mouse.wheel(0, 300);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
});

test('the loader ignores height messages from windows that are not its embeds', async ({
	page
}) => {
	await openArticle(page);
	const first = page.locator('iframe[data-rafah-map]').first();
	await expect.poll(async () => (await first.boundingBox())!.height).not.toBe(600);
	const height = (await first.boundingBox())!.height;
	// The article's own window posting as if it were an embed: not an embed's window, not taken.
	await page.evaluate(() =>
		window.postMessage({ type: 'rafah-map:height', id: 'x', height: 3000 }, '*')
	);
	await page.waitForTimeout(300);
	expect((await first.boundingBox())!.height).toBe(height);
});
