/**
 * Pictures of the map for the README and for reviewing a change to the map's styles: the production
 * build in Chromium at three zooms (the home view, the city, one neighbourhood), in English and Arabic,
 * with the date at the end of the period. `npm run build` first, then `npm run screenshots [folder]`
 * (default docs/screenshots); `--png` for lossless pictures; `--readme` also refreshes static/screenshot.jpg from the home view.
 */
import { mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, serveBuild } from './bench/serve';

const PORT = 4182;
const VIEWS = [
	{ name: 'home', query: '' },
	{ name: 'city', query: 'c=34.2570,31.2880,13.3' },
	{ name: 'neighbourhood', query: 'c=34.2400,31.3210,15' }
] as const;
const LANGS = [
	{ name: 'en', path: '/' },
	{ name: 'ar', path: '/ar/' }
] as const;

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--')) ?? 'docs/screenshots';
// JPEG keeps the committed pictures small; PNG is lossless, for comparing two runs closely.
const type = args.includes('--png') ? 'png' : 'jpeg';
await mkdir(folder, { recursive: true });

const { base, stop } = await serveBuild(PORT);
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
	for (const lang of LANGS) {
		for (const view of VIEWS) {
			await page.goto(`${base}${lang.path}${view.query ? `?${view.query}` : ''}`);
			await page.locator('.map-root[data-map-state="idle"]').waitFor({ timeout: 120_000 });
			await page.getByTestId('shown-count').waitFor();
			// Fonts and the last tiles settle a moment after the map first reports idle.
			await page.waitForTimeout(1500);
			await page.locator('.map-root[data-map-state="idle"]').waitFor();
			const file = join(folder, `${view.name}-${lang.name}.${type === 'png' ? 'png' : 'jpg'}`);
			await page.screenshot({ path: file, type, ...(type === 'jpeg' ? { quality: 80 } : {}) });
			console.log(`wrote ${file}`);
		}
	}
	if (args.includes('--readme')) {
		await copyFile(join(folder, 'home-en.jpg'), 'static/screenshot.jpg');
		console.log('wrote static/screenshot.jpg');
	}
} finally {
	await browser.close();
	stop();
}
