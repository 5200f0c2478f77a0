/**
 * Parsing and validating curated tables. A bad file must fail the build with a message a curator can act
 * on: which file, which record (by id, or row number when the id itself is broken) and which field.
 */
import { csvParse } from 'd3-dsv';
import * as v from 'valibot';
import { printable, recordLabel } from './characters';
import { structureIssues } from './csv-structure';

/** One problem found in curated data. */
export interface DataIssue {
	file: string;
	record: string;
	field: string;
	message: string;
}

/** One line per issue, however hostile the data it quotes. */
export function formatIssue(issue: DataIssue): string {
	const { file, record, field, message } = issue;
	return `${printable(file)} › ${printable(record, 80)} › ${printable(field, 80)}: ${printable(message)}`;
}

/** Thrown when curated data is invalid; lists every issue found, not just the first. */
export class DataError extends Error {
	readonly issues: DataIssue[];
	constructor(issues: DataIssue[]) {
		super(
			`Invalid curated data (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n` +
				issues.map((i) => `  ${formatIssue(i)}`).join('\n')
		);
		this.name = 'DataError';
		this.issues = issues;
	}
}

type RowSchema = v.GenericSchema<Record<string, string>, Record<string, unknown>>;

/**
 * Which record a row is, for messages: its id cell when it reads as one, else its line in the file
 * (one record per line, after the header).
 */
function recordName(row: Record<string, string>, idKey: string, index: number): string {
	return recordLabel(row[idKey]) ?? `row ${index + 2}`;
}

/** Turns valibot issues for one record into DataIssues naming the field. */
export function issuesFrom(
	file: string,
	record: string,
	issues: readonly v.BaseIssue<unknown>[]
): DataIssue[] {
	return issues.map((issue) => ({
		file,
		record,
		field: v.getDotPath(issue) ?? '(record)',
		message: issue.message
	}));
}

/**
 * Parses a CSV file and validates each row against `schema`. Broken structure (quoting, cell counts),
 * unknown columns and missing columns are errors: each would otherwise silently merge rows, cut cells
 * short or drop a field.
 */
export function parseTable<S extends RowSchema>(
	file: string,
	csv: string,
	schema: S & { entries: Record<string, unknown> },
	idKey: string
): v.InferOutput<S>[] {
	const issues = structureIssues(file, csv, idKey);
	if (issues.length) throw new DataError(issues);
	const rows = csvParse(csv.replace(/^\uFEFF/, ''));
	const expected = Object.keys(schema.entries);
	const missing = expected.filter((c) => !rows.columns.includes(c));
	const unknown = rows.columns.filter((c) => !expected.includes(c));
	for (const c of missing)
		issues.push({ file, record: 'header', field: c, message: 'column is missing' });
	for (const c of unknown)
		issues.push({ file, record: 'header', field: c, message: 'unknown column' });
	if (issues.length) throw new DataError(issues);

	const out: v.InferOutput<S>[] = [];
	rows.forEach((row, index) => {
		const result = v.safeParse(schema, { ...row });
		if (result.success) out.push(result.output);
		else issues.push(...issuesFrom(file, recordName(row, idKey, index), result.issues));
	});
	if (issues.length) throw new DataError(issues);
	return out;
}
