/**
 * The data gate for ground-operation statements: a damaged copy fails naming file, record and field,
 * and the lines statements may name are lines the basemap has.
 */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GROUND_BASES, GROUND_LINES } from '../../src/lib/data/schemas/ground-operations';
import { loadSituation } from '../../src/lib/data/situation';
import { DataError } from '../../src/lib/data/table';
import { createReader, readReal, replaceOnce } from './fixtures';

const FILE = 'data/ground-operations/statements.csv';

/** A real row of the file whose fields match `pattern`, so each damage has a known victim. */
function rowMatching(pattern: RegExp) {
	const line = readReal(FILE)
		.split('\n')
		.find((l) => pattern.test(l));
	if (!line) throw new Error(`fixture: no row matches ${String(pattern)}`);
	return { id: line.split(',')[0]!, line };
}

function issuesFor(edit: (t: string) => string) {
	try {
		loadSituation(createReader(FILE, edit));
	} catch (e) {
		if (e instanceof DataError) return e.issues;
		throw e;
	}
	throw new Error('expected the data gate to fail');
}

describe('data gate, ground operations', () => {
	it('names the record and field of an unknown basis', () => {
		const { id, line } = rowMatching(/,claimed,/);
		const issues = issuesFor((t) => replaceOnce(t, line, line.replace(',claimed,', ',rumoured,')));
		expect(issues).toContainEqual(
			expect.objectContaining({ file: FILE, record: id, field: 'basis' })
		);
	});

	it('rejects a statement dated outside the period', () => {
		const { id, line } = rowMatching(/^ground-\d+,2024-06-/);
		const bad = line.replace(/^(ground-\d+),2024-06-\d\d,/, '$1,2024-08-01,');
		const issues = issuesFor((t) => replaceOnce(t, line, bad));
		expect(issues).toContainEqual(expect.objectContaining({ record: id, field: 'date' }));
	});

	it('rejects a publication date before the day the statement speaks of', () => {
		const { id, line } = rowMatching(/^ground-\d+,2024-06-\d\d,\w+,2024-06-\d\d,/);
		const bad = line.replace(/^(ground-\d+,2024-06-\d\d,\w+),2024-06-\d\d,/, '$1,2024-05-01,');
		const issues = issuesFor((t) => replaceOnce(t, line, bad));
		expect(issues).toContainEqual(expect.objectContaining({ record: id, field: 'published' }));
	});

	it('rejects a place the gazetteer does not have', () => {
		const { id, line } = rowMatching(/,place-tal-as-sultan,/);
		const bad = line.replace(',place-tal-as-sultan,', ',place-atlantis,');
		const issues = issuesFor((t) => replaceOnce(t, line, bad));
		expect(issues).toContainEqual(
			expect.objectContaining({
				record: id,
				field: 'place_id',
				message: expect.stringContaining('place-atlantis')
			})
		);
	});

	it('rejects a line the basemap does not have', () => {
		const { id, line } = rowMatching(/,road-philadelphi-corridor,/);
		const bad = line.replace(',road-philadelphi-corridor,', ',road-to-nowhere,');
		const issues = issuesFor((t) => replaceOnce(t, line, bad));
		expect(issues).toContainEqual(expect.objectContaining({ record: id, field: 'line_id' }));
	});

	it('rejects a statement that says nowhere', () => {
		const { id, line } = rowMatching(/,place-al-brazil,,,/);
		const issues = issuesFor((t) =>
			replaceOnce(t, line, line.replace(',place-al-brazil,,,', ',,,,'))
		);
		expect(issues).toContainEqual(expect.objectContaining({ record: id, field: 'place_id' }));
	});
});

describe('ground operations as curated', () => {
	const s = loadSituation(readReal);

	it('has at least 40 statements, and every basis among them', () => {
		expect(s.groundStatements.length).toBeGreaterThanOrEqual(40);
		expect(new Set(s.groundStatements.map((r) => r.basis))).toEqual(new Set(GROUND_BASES));
	});

	it('names only lines the basemap draws', () => {
		const roads = JSON.parse(readReal('data/basemap/roads.geojson')) as FeatureCollection;
		const ids = new Set(roads.features.map((f) => f.properties?.id));
		for (const line of GROUND_LINES) expect(ids.has(line), line).toBe(true);
	});
});
