/**
 * Makes the embeds' still pictures: each story in each language, opened in Chromium from the
 * production build, its map photographed once it has settled, and written as a 64-colour PNG (a
 * map is flat colours; fewer keep the picture light in an embed's first paint) to
 * static/embed-stills/, with a record of what each was made from (src/lib/server/stills.ts).
 * `npm run build` first, then `npm run stills`; commit the pictures and the record. Only the pictures
 * that are out of date are made again (`--all` makes every one); `--check` only lists them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { appData } from '../src/lib/server/app-data';
import {
	readStills,
	stillKey,
	stillName,
	STILLS_FOLDER,
	STILLS_RECORD,
	type Still
} from '../src/lib/server/stills';
import { PRESET_IDS, PRESETS } from '../src/lib/view/presets';
import { LANGS, type Lang } from '../src/lib/view/view-state';
import { launchBrowser, serveBuild } from './bench/serve';

const PORT = 4184;
const version = appData().manifest.version;
const record: Record<string, Still> = (() => {
	try {
		return readStills();
	} catch {
		return {};
	}
})();

const wanted = PRESET_IDS.flatMap((id) =>
	LANGS.map((lang) => ({ id, lang, key: stillKey(PRESETS[id], lang, version) }))
).filter(({ id, lang, key }) => {
	if (process.argv.includes('--all')) return true;
	const name = stillName(id, lang);
	const known = record[name];
	if (!known || known.key !== key) return true;
	try {
		const sha = createHash('sha256')
			.update(readFileSync(join(STILLS_FOLDER, name)))
			.digest('hex');
		return sha !== known.sha256;
	} catch {
		return true;
	}
});

if (process.argv.includes('--check')) {
	for (const w of wanted) console.log(`out of date: ${stillName(w.id, w.lang)}`);
	process.exit(wanted.length ? 1 : 0);
}

const path = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);
const { base, stop } = await serveBuild(PORT);
const browser = await launchBrowser();
try {
	// The pictures leave out the map's buttons, which would look clickable in a picture; the page's
	// policy allows no <style> element, so this context does not apply it.
	const context = await browser.newContext({
		viewport: { width: 760, height: 900 },
		bypassCSP: true
	});
	const page = await context.newPage();
	page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
	for (const { id, lang, key } of wanted) {
		await page.goto(`${base}${path(lang)}/embed/${id}/`);
		const box = page.locator('.map-box');
		await box.scrollIntoViewIfNeeded();
		await page.locator('.map-root[data-map-state="idle"]').waitFor({ timeout: 120_000 });
		await page.addStyleTag({ content: '.maplibregl-ctrl-top-right { display: none; }' });
		// The credits belong in the picture too: a narrow map folds them behind a button.
		const credits = page.locator('.maplibregl-ctrl-attrib-button');
		if (await credits.isVisible()) await credits.click();
		// Fonts and the last tiles settle a moment after the map first reports idle.
		await page.waitForTimeout(1500);
		await page.locator('.map-root[data-map-state="idle"]').waitFor();
		const shot = await box.locator('.map-root').screenshot({ type: 'png' });
		const png = await sharp(shot)
			.png({ palette: true, colours: 64, dither: 0, effort: 10, compressionLevel: 9 })
			.toBuffer();
		const { width = 0, height = 0 } = await sharp(png).metadata();
		const name = stillName(id, lang);
		writeFileSync(join(STILLS_FOLDER, name), png);
		record[name] = {
			key,
			width,
			height,
			sha256: createHash('sha256').update(png).digest('hex')
		};
		console.log(`wrote ${name}: ${width}×${height}, ${(png.length / 1024).toFixed(1)} KiB`);
	}
} finally {
	await browser.close();
	stop();
}
const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
// Written whole, then renamed into place, so a crash never leaves half a record.
writeFileSync(`${STILLS_RECORD}.tmp`, JSON.stringify(sorted, null, '\t') + '\n');
renameSync(`${STILLS_RECORD}.tmp`, STILLS_RECORD);
console.log(`${wanted.length} pictures made; record in ${STILLS_RECORD}`);
