/**
 * Fixtures for the data gate: the real curated files, with one file replaced or edited, so each test
 * shows that one kind of damage is caught and named.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import type { Feature, FeatureCollection } from 'geojson';
import { loadSituation, type ReadFile, type Situation } from '../../src/lib/data/situation';
import { DataError, type DataIssue } from '../../src/lib/data/table';

export const projectRoot = resolve(import.meta.dirname, '../..');

export function readReal(path: string): string {
	return readFileSync(resolve(projectRoot, path), 'utf8');
}

/** A reader over the real data with `path`'s text passed through `edit`. */
export function createReader(path: string, edit: (text: string) => string): ReadFile {
	return (p) => (p === path ? edit(readReal(p)) : readReal(p));
}

/** Replaces the first occurrence of `from` and fails loudly if it is not there, so a fixture can't rot silently. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
	const out = text.replace(from, to);
	if (out === text) throw new Error(`fixture: ${String(from)} not found`);
	return out;
}

/** The issues the gate finds in the real data with `path` edited; fails if it finds none. */
export function issuesFor(path: string, edit: (t: string) => string): DataIssue[] {
	try {
		loadSituation(createReader(path, edit));
	} catch (e) {
		if (e instanceof DataError) return e.issues;
		throw e;
	}
	throw new Error('expected the data gate to fail');
}

/** The situation the gate makes of the real data with `path` edited; throws if the gate fails. */
export function situationWith(path: string, edit: (t: string) => string): Situation {
	return loadSituation(createReader(path, edit));
}

/** The first line of a CSV text whose first cell is `record`, with its number (1 = the header). */
export function findLine(text: string, record: string): { index: number; line: string } {
	const lines = text.split('\n');
	const index = lines.findIndex((l, i) => i > 0 && l.split(',')[0] === record);
	if (index < 0) throw new Error(`fixture: no record ${record}`);
	return { index, line: lines[index]! };
}

/** An edit of the raw text of `record`'s line, for damage a CSV writer would never produce. */
export function withLine(record: string, edit: (line: string) => string) {
	return (text: string) => {
		const lines = text.split('\n');
		const { index, line } = findLine(text, record);
		lines[index] = edit(line);
		return lines.join('\n');
	};
}

/** An edit that sets one cell of `record`'s line, written as a CSV writer would quote it. */
export function withCell(record: string, column: string, value: string) {
	return (text: string) => {
		const header = csvParseRows(text.slice(0, text.indexOf('\n')))[0]!;
		const at = header.indexOf(column);
		if (at < 0) throw new Error(`fixture: no column ${column}`);
		return withLine(record, (line) => {
			const cells = csvParseRows(line)[0]!;
			cells[at] = value;
			return csvFormatRows([cells]);
		})(text);
	};
}

/** An edit of the feature `id` of a GeoJSON text (or of the whole collection). */
export function withFeature(
	id: string,
	edit: (feature: Feature, collection: FeatureCollection) => void
) {
	return (text: string) => {
		const fc = JSON.parse(text) as FeatureCollection;
		const feature = fc.features.find((f) => f.properties?.id === id);
		if (!feature) throw new Error(`fixture: no feature ${id}`);
		edit(feature, fc);
		return JSON.stringify(fc);
	};
}
