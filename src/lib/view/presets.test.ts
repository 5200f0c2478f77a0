import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LANGS, parseView, serialiseView, viewStateSchema } from './view-state';
import { PRESET_IDS, PRESETS, isPresetId, presetView } from './presets';

// The ids features carry in the curated files, read as text: a preset naming a feature must name one.
const curated = ['data/strikes/strikes.csv', 'data/aid-corridors/crossings.csv']
	.map((p) => readFileSync(p, 'utf8'))
	.join('\n');

describe('embed presets', () => {
	it('has at least the six stories, each keyed by its id', () => {
		expect(PRESET_IDS.length).toBeGreaterThanOrEqual(6);
		for (const id of PRESET_IDS) expect(PRESETS[id].id).toBe(id);
		expect(isPresetId('overview')).toBe(true);
		expect(isPresetId('../etc')).toBe(false);
	});

	for (const id of PRESET_IDS)
		for (const lang of LANGS)
			it(`${id} (${lang}) is a valid view that its address restores exactly`, () => {
				const view = presetView(id, lang);
				expect(v.safeParse(viewStateSchema, view).success).toBe(true);
				expect(parseView(serialiseView(view))).toEqual(view);
			});

	it('selects only features the data has', () => {
		for (const id of PRESET_IDS) {
			const selected = PRESETS[id].view.selected;
			if (selected) expect(curated).toMatch(new RegExp(`^${selected},`, 'm'));
		}
	});

	it('gives every story a headline and a dek', () => {
		for (const id of PRESET_IDS) {
			expect(PRESETS[id].headline().length).toBeGreaterThan(5);
			expect(PRESETS[id].dek().length).toBeGreaterThan(20);
		}
	});
});
