/**
 * Writes every curated file in one canonical form, so a re-run changes nothing and diffs show only real
 * edits: columns in schema order, rows sorted by their key, coordinates with 6 decimals, LF line ends;
 * GeoJSON one feature per line with sorted keys. Usage: `npm run data:format [-- --check]`.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { formatTable } from './lib/csv-format';
import { GEOJSON_FILES, TABLES } from './lib/data-files';
import { formatFeatureCollection } from './lib/geojson-format';
import { writeText } from './lib/io';
import { DataError } from '../src/lib/data/table';

const check = process.argv.includes('--check');
let changed = 0;
function apply(file: string, format: (text: string) => string) {
	const before = readFileSync(file, 'utf8');
	const after = format(before);
	if (after === before) return;
	changed++;
	if (check) console.error(`not in canonical form: ${file}`);
	else writeText(file, after);
}

try {
	for (const spec of TABLES) apply(spec.file, (t) => formatTable(t, spec));
	for (const file of GEOJSON_FILES)
		apply(file, (t) => formatFeatureCollection(JSON.parse(t) as FeatureCollection));
} catch (e) {
	if (!(e instanceof DataError)) throw e;
	console.error(e.message);
	process.exit(1);
}

console.log(`${changed} file(s) ${check ? 'not in canonical form' : 'rewritten'}`);
if (check && changed) process.exit(1);
