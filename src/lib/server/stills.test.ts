/**
 * Every story has a picture in each language, made from its current view and data: the check that
 * fails when a story or the data changed and `npm run stills` was not run again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { appData } from './app-data';
import { readStills, stillKey, stillName, STILLS_FOLDER } from './stills';
import { PRESET_IDS, PRESETS } from '$lib/view/presets';
import { LANGS } from '$lib/view/view-state';

const record = readStills();
const version = appData().manifest.version;
const STALE = 'made from another view or data version: run `npm run build && npm run stills`';

describe.each(PRESET_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
	'the picture of %s in %s',
	(id, lang) => {
		const name = stillName(id, lang);

		it('was made from the story’s view and this data version', () => {
			expect(record[name]?.key, `${name}: ${STALE}`).toBe(stillKey(PRESETS[id], lang, version));
		});

		it('is the file its record describes, and not blank', async () => {
			const png = readFileSync(join(STILLS_FOLDER, name));
			expect(createHash('sha256').update(png).digest('hex'), `${name}: ${STALE}`).toBe(
				record[name]?.sha256
			);
			const image = sharp(png);
			const { width, height, format } = await image.metadata();
			expect({ width, height, format }).toEqual({
				width: record[name]?.width,
				height: record[name]?.height,
				format: 'png'
			});
			// A map has land, sea, lines and labels: many colours, not one flat fill.
			const { channels } = await image.stats();
			expect(Math.max(...channels.map((c) => c.stdev))).toBeGreaterThan(8);
		});
	}
);

it('keeps no picture of a story that is gone', () => {
	const expected = PRESET_IDS.flatMap((id) => LANGS.map((lang) => stillName(id, lang)));
	expect(Object.keys(record).sort()).toEqual([...expected].sort());
});
