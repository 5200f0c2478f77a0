/**
 * The CSV downloads, built from the curated data as the site builds them, open in a spreadsheet as text
 * and numbers only.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { safeCsvFormat, startsLikeFormula, type Cell } from '../../src/lib/data/csv-safe';
import { loadSituation } from '../../src/lib/data/situation';
import { DOWNLOADS } from '../../src/lib/datasets/index';
import { readReal } from './fixtures';

const s = loadSituation(readReal);
const csv = (file: string) => {
	const download = DOWNLOADS.find((d) => d.file === file)!;
	return csvParse(safeCsvFormat(download.build(s) as Record<string, Cell>[]));
};

describe('CSV downloads', () => {
	for (const d of DOWNLOADS.filter((x) => x.format === 'csv')) {
		it(`${d.file} has no cell a spreadsheet would run`, () => {
			const cells = csv(d.file).flatMap((row) => Object.values(row) as string[]);
			expect(cells.filter(startsLikeFormula)).toEqual([]);
		});
	}

	it('keeps a negative percent change a number and a name that starts with + text', () => {
		expect(csv('aid-corridors-volume.csv').some((r) => r.value === '-67')).toBe(true);
		expect(csv('sources.csv').some((r) => r.publisher === "'+972 Magazine")).toBe(true);
	});
});
