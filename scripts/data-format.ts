/**
 * Writes every curated file in one canonical form, so a re-run changes nothing and diffs show only real
 * edits: columns in schema order, rows sorted by their key, coordinates with 6 decimals, LF line ends;
 * GeoJSON one feature per line with sorted keys. Usage: `npm run data:format [-- --check]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { DATA_FILES } from '../src/lib/data/files';
import {
	aidVolumeRow,
	crossingRow,
	crossingStatusRow,
	truckDayRow
} from '../src/lib/data/schemas/aid-corridors';
import { populationFigureRow } from '../src/lib/data/schemas/shelter-population';
import { sourceRow } from '../src/lib/data/schemas/sources';
import { strikeReportRow, strikeRow } from '../src/lib/data/schemas/strikes';
import { formatTable, table, type TableSpec } from './lib/csv-format';
import { formatFeatureCollection } from './lib/geojson-format';

const TABLES: TableSpec[] = [
	table(DATA_FILES.sources, sourceRow, ['id']),
	table(DATA_FILES.strikes, strikeRow, ['id']),
	table(DATA_FILES.strikeReports, strikeReportRow, [
		'strike_id',
		'source_id',
		'claim',
		'killed',
		'injured',
		'note'
	]),
	table(DATA_FILES.population, populationFigureRow, ['id']),
	table(DATA_FILES.crossings, crossingRow, ['id']),
	table(DATA_FILES.crossingStatus, crossingStatusRow, ['id']),
	table(DATA_FILES.aidVolume, aidVolumeRow, ['id']),
	table(DATA_FILES.trucksDaily, truckDayRow, ['date', 'crossing_id'])
];

const GEOJSON_FILES = [DATA_FILES.areas, DATA_FILES.routes];

const check = process.argv.includes('--check');
let changed = 0;
function apply(file: string, format: (text: string) => string) {
	const before = readFileSync(file, 'utf8');
	const after = format(before);
	if (after === before) return;
	changed++;
	if (check) console.error(`not in canonical form: ${file}`);
	else writeFileSync(file, after);
}

for (const spec of TABLES) apply(spec.file, (t) => formatTable(t, spec));
for (const file of GEOJSON_FILES)
	apply(file, (t) => formatFeatureCollection(JSON.parse(t) as FeatureCollection));

console.log(`${changed} file(s) ${check ? 'not in canonical form' : 'rewritten'}`);
if (check && changed) process.exit(1);
