/**
 * The curated datasets as they are: valid, cross-referenced, and at least the size the project promises.
 */
import { describe, expect, it } from 'vitest';
import { loadSituation } from '../../src/lib/data/situation';
import { readReal } from './fixtures';

const s = loadSituation(readReal);

describe('curated data', () => {
	it('has at least 60 dated strikes in Rafah governorate and al-Mawasi, each with a source', () => {
		expect(s.strikes.length).toBeGreaterThanOrEqual(60);
		const sourced = new Set(s.strikeReports.map((r) => r.strike_id));
		expect(s.strikes.every((x) => sourced.has(x.id))).toBe(true);
	});

	it('has the Rafah and Kerem Shalom crossings with sourced status', () => {
		const ids = new Set(s.crossingStatus.map((r) => r.crossing_id));
		expect(ids.has('crossing-rafah')).toBe(true);
		expect(ids.has('crossing-kerem-shalom')).toBe(true);
	});

	it('has population figures for Rafah and al-Mawasi from more than one source', () => {
		const rafah = s.population.filter((f) => f.area_id === 'area-rafah-governorate');
		expect(new Set(rafah.map((f) => f.source_id)).size).toBeGreaterThan(1);
		expect(s.population.some((f) => f.area_id === 'area-al-mawasi')).toBe(true);
	});
});
