/**
 * Canonical text form for the project's CSV tables: columns in schema order, rows sorted by their key,
 * coordinates with 6 decimals, cells trimmed, LF line ends.
 */
import { csvFormat, csvParse } from 'd3-dsv';
import { structureIssues } from '../../src/lib/data/csv-structure';
import { DataError } from '../../src/lib/data/table';

export interface TableSpec {
	file: string;
	columns: string[];
	key: string[];
}

export const table = (file: string, schema: { entries: object }, key: string[]): TableSpec => ({
	file,
	columns: Object.keys(schema.entries),
	key
});

const COORDINATE_COLUMNS = new Set(['lon', 'lat']);

/**
 * The canonical text of one CSV table. Unknown columns are kept, after the known ones. A table whose
 * structure is broken is refused: rewriting what a lenient parse made of it would make the damage
 * (rows merged by an open quote, cells cut off) permanent.
 */
export function formatTable(text: string, spec: TableSpec): string {
	const broken = structureIssues(spec.file, text, spec.key[0] ?? 'id');
	if (broken.length) throw new DataError(broken);
	const rows = csvParse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
	const extra = rows.columns.filter((c) => !spec.columns.includes(c));
	const columns = [...spec.columns, ...extra];
	const clean = rows.map((row) =>
		Object.fromEntries(
			columns.map((c) => {
				const raw = (row[c] ?? '').trim();
				const value =
					COORDINATE_COLUMNS.has(c) && raw !== '' && !Number.isNaN(Number(raw))
						? Number(raw).toFixed(6)
						: raw;
				return [c, value];
			})
		)
	);
	const sortKey = (r: Record<string, string>) => spec.key.map((k) => r[k] ?? '').join('\u0000');
	clean.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
	return csvFormat(clean, columns) + '\n';
}
