/**
 * The data gate for the damage dataset: a damaged copy fails naming file, record and field, and the
 * assessment the map's legend names is the one the data maps.
 */
import { describe, expect, it } from 'vitest';
import { issuesFor, readReal, replaceOnce } from './fixtures';

const FIGURES = 'data/damage/figures.csv';
const AREAS = 'data/damage/damage.geojson';

/** A real row of the figures whose text matches `pattern`, so each damage has a known victim. */
function rowMatching(pattern: RegExp) {
	const line = readReal(FIGURES)
		.split('\n')
		.find((l) => pattern.test(l));
	if (!line) throw new Error(`fixture: no row matches ${String(pattern)}`);
	return { id: line.split(',')[0]!, line };
}

describe('data gate, damage', () => {
	it('names the record and field of an unknown metric', () => {
		const { id, line } = rowMatching(/,destroyed_structures,/);
		const issues = issuesFor(FIGURES, (t) =>
			replaceOnce(t, line, line.replace(',destroyed_structures,', ',flattened,'))
		);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: FIGURES, record: id, field: 'metric' })
		);
	});

	it('rejects a figure for an area no file has', () => {
		const { id, line } = rowMatching(/^dmg-\d+,muni-rafah,/);
		const issues = issuesFor(FIGURES, (t) =>
			replaceOnce(t, line, line.replace(',muni-rafah,', ',muni-atlantis,'))
		);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: FIGURES, record: id, field: 'area_id' })
		);
	});

	it('rejects a figure for an outline the shelter-population areas lack', () => {
		const { id, line } = rowMatching(/,area-rafah-governorate,/);
		const issues = issuesFor(FIGURES, (t) =>
			replaceOnce(t, line, line.replace(',area-rafah-governorate,', ',area-nowhere,'))
		);
		expect(issues).toContainEqual(expect.objectContaining({ record: id, field: 'area_id' }));
	});

	it('rejects a count beyond the bound on structures', () => {
		const { id, line } = rowMatching(/^dmg-unosat-rafah-/);
		const issues = issuesFor(FIGURES, (t) =>
			replaceOnce(t, line, line.replace(',27187,', ',2718700,'))
		);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: FIGURES, record: id, field: 'value' })
		);
	});

	it('rejects a share above 100 per cent and a count that is not whole', () => {
		const share = rowMatching(/,damaged_share_pct,/);
		const count = rowMatching(/^dmg-unosat-rafah-/);
		const issues = issuesFor(FIGURES, (t) =>
			replaceOnce(
				replaceOnce(t, share.line, share.line.replace(',48.7,', ',148.7,')),
				count.line,
				count.line.replace(',27187,', ',27187.5,')
			)
		);
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ file: FIGURES, record: share.id, field: 'value' }),
				expect.objectContaining({ file: FIGURES, record: count.id, field: 'value' })
			])
		);
	});

	it('rejects new damage counted from a date that is not earlier', () => {
		const { id, line } = rowMatching(/,2024-05-04,newly_damaged_structures,895,/);
		const issues = issuesFor(FIGURES, (t) =>
			replaceOnce(t, line, line.replace(',2024-05-04,', ',2024-05-09,'))
		);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: FIGURES, record: id, field: 'since' })
		);
	});

	it('rejects an assessment outside the period damage is read for', () => {
		const { id, line } = rowMatching(/^dmg-0001,/);
		const issues = issuesFor(FIGURES, (t) =>
			replaceOnce(t, line, line.replace(',2024-05-03,', ',2027-05-03,'))
		);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: FIGURES, record: id, field: 'date' })
		);
	});

	it('fails when the data would map another assessment than the legend names', () => {
		const { line } = rowMatching(/^dmg-unosat-an-naser-2025-10-11,/);
		const issues = issuesFor(FIGURES, (t) => replaceOnce(t, `${line}\n`, ''));
		expect(issues).toContainEqual(
			expect.objectContaining({ file: FIGURES, record: 'damage', field: 'date' })
		);
	});

	it('rejects a municipality whose governorate is unknown', () => {
		const issues = issuesFor(AREAS, (t) =>
			replaceOnce(
				t,
				'"governorate_id":"area-rafah-governorate","kind":"municipality","name_ar":"رفح"',
				'"governorate_id":"area-sinai","kind":"municipality","name_ar":"رفح"'
			)
		);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: AREAS, record: 'muni-rafah', field: 'governorate_id' })
		);
	});

	it('names the municipality and field of a share above 100%', () => {
		const issues = issuesFor(AREAS, (t) =>
			replaceOnce(
				t,
				/"id":"muni-shokat-as-sufi",(.*?)"share_in_governorate_pct":100/,
				'"id":"muni-shokat-as-sufi",$1"share_in_governorate_pct":140'
			)
		);
		expect(issues).toContainEqual(
			expect.objectContaining({
				file: AREAS,
				record: 'muni-shokat-as-sufi',
				field: 'share_in_governorate_pct'
			})
		);
	});
});
