/**
 * The data gate: validates every curated file and the references between them. Exits non-zero with a
 * message naming file, record and field. Usage: `npm run data:check [-- --root <project dir>]`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSituation } from '../src/lib/data/situation';
import { DataError } from '../src/lib/data/table';

const rootFlag = process.argv.indexOf('--root');
const root = resolve(rootFlag > -1 ? (process.argv[rootFlag + 1] ?? '.') : '.');

try {
	const s = loadSituation((path) => readFileSync(resolve(root, path), 'utf8'));
	console.log(
		`data: ok — ${s.sources.length} sources, ${s.strikes.length} strikes (${s.strikeReports.length} accounts), ` +
			`${s.population.length} population figures on ${s.areas.features.length} areas, ` +
			`${s.crossings.length} crossings (${s.crossingStatus.length} status statements), ` +
			`${s.routes.features.length} routes, ${s.aidVolume.length} stated volumes, ${s.trucksDaily.length} truck-days, ` +
			`${s.orders.features.length} evacuation orders (${s.orderStatements.length} statements), ` +
			`${s.places.length} places (${s.hospitalStatus.length} hospital status statements)`
	);
} catch (e) {
	if (e instanceof DataError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
