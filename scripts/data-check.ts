/**
 * The data gate: validates every curated file and the references between them. Exits non-zero with a
 * message naming file, record and field. Usage: `npm run data:check [-- --root <project dir>]`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSituation } from '../src/lib/data/situation';
import { DATASET_LIST } from '../src/lib/datasets/index';
import { DataError } from '../src/lib/data/table';
import { versionOf } from '../src/lib/data/versions';
import { dataHash, readVersions, unversionedFiles } from '../src/lib/server/app-data';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > -1 ? (process.argv[rootFlag + 1] ?? '.') : '.');

try {
	const s = loadSituation((path) => readFileSync(resolve(root, path), 'utf8'));
	const counts = [
		`${s.sources.length} sources`,
		...DATASET_LIST.map((d) => `${d.id}: ${d.counts(s)}`)
	];
	console.log(`data: ok — ${counts.join('; ')}`);
	// The project's own data must have its version in the changelog (a fixture root has none).
	if (rootFlag === -1) {
		const version = versionOf(dataHash(unversionedFiles()), readVersions());
		console.log(`data version: ${version.version}`);
	}
} catch (e) {
	if (e instanceof DataError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
