/**
 * The data's versions: each build's data files have a content hash, and `data/versions.csv` gives
 * every hash the data has had a dated name and a line on what changed — the data changelog. A build
 * publishes its files under `/data/v/<version>/`, never to be changed again, so an embed pinned to a
 * version shows the same map for as long as the host keeps that folder.
 */
import * as v from 'valibot';
import { date, text } from './fields';
import { DataError, parseTable } from './table';
import { VERSION_NAME } from './version-name';

export const VERSIONS_FILE = 'data/versions.csv';

const versionRow = v.object({
	version: v.pipe(
		v.string(),
		v.regex(VERSION_NAME, 'must be YYYY-MM-DD-<8 hex digits of the data hash>')
	),
	date: date(),
	changes: text(400)
});

export type DataVersion = v.InferOutput<typeof versionRow>;

/** The changelog, oldest first; every name unique and its date the one the name begins with. */
export function parseVersions(csv: string): DataVersion[] {
	const rows = parseTable(VERSIONS_FILE, csv, versionRow, 'version');
	const issues = rows.flatMap((row, i) => {
		const problems: string[] = [];
		if (!row.version.startsWith(`${row.date}-`)) problems.push('must begin with the row’s date');
		if (rows.findIndex((r) => r.version === row.version) !== i) problems.push('is listed twice');
		const before = rows[i - 1];
		if (before && before.date > row.date) problems.push('is older than the row above it');
		return problems.map((message) => ({
			file: VERSIONS_FILE,
			record: row.version,
			field: 'version',
			message
		}));
	});
	if (issues.length) throw new DataError(issues);
	return rows;
}

/** The version whose hash is the data's, or an error that says how to record one. */
export function versionOf(hash: string, versions: readonly DataVersion[]): DataVersion {
	const found = [...versions].reverse().find((row) => row.version.endsWith(`-${hash}`));
	if (found) return found;
	throw new DataError([
		{
			file: VERSIONS_FILE,
			record: hash,
			field: 'version',
			message:
				`the data changed (its hash is now ${hash}) and no version is recorded for it: ` +
				'run `npm run data:version -- "what changed"`'
		}
	]);
}
