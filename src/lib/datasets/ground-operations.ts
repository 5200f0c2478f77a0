/** Ground operations: dated statements about Israeli ground forces, each claimed, reported or assessed. */
import type { FeatureCollection, Point } from 'geojson';
import { EVENT_PERIOD } from '../data/dates';
import { pointFeatures, type FlatProperties } from '../data/features';
import { EXTENT_CAVEAT, extentByPlace } from '../data/ground-extent';
import { GROUND_LINE_NAMES, groundStatementRow } from '../data/schemas/ground-operations';
import type { Situation } from '../data/situation';
import { tableFile, type DatasetModule } from './define';

export const files = {
	groundStatements: tableFile('data/ground-operations/statements.csv', groundStatementRow, ['id'])
};

type Ground = Pick<Situation, 'groundStatements'>;

/** One point per statement, with the area it may lie in; the details read the full record. */
export function groundFeatures(s: Ground): FeatureCollection<Point, FlatProperties> {
	return pointFeatures(
		s.groundStatements.map((r) => ({
			lon: r.lon,
			lat: r.lat,
			id: r.id,
			date: r.date,
			location: r.location,
			precision: r.precision,
			uncertainty_m: r.uncertainty_m,
			kind: r.kind,
			basis: r.basis
		}))
	);
}

/** The compiled extent as a table: one row per place, with the first day by each basis. */
export function extentRows(s: Pick<Situation, 'groundStatements' | 'places' | 'areas'>) {
	const places = new Map(s.places.map((p) => [p.id, p.name_en]));
	const areas = new Map(s.areas.features.map((f) => [f.properties.id, f.properties.name_en]));
	const lines: Record<string, string> = GROUND_LINE_NAMES;
	return extentByPlace(s.groundStatements).map((e) => ({
		place: e.key,
		name: places.get(e.key) ?? areas.get(e.key) ?? lines[e.key] ?? e.key,
		first_any: e.first,
		first_claimed: e.firstBy.claimed,
		first_reported: e.firstBy.reported,
		first_assessed: e.firstBy.assessed,
		last_any: e.last,
		statements: e.statements,
		caveat: EXTENT_CAVEAT
	}));
}

export const groundOperations: DatasetModule<typeof files, Situation> = {
	id: 'ground-operations',
	title: 'Ground operations',
	summary:
		'Dated statements about Israeli ground forces in Rafah and al-Mawasi, each marked as claimed by a party, reported by residents, journalists or the UN, or assessed by an analysis group. Points are where statements place forces, not a front line; an attack on the forces may sit where it was launched from.',
	attribution: 'Ground operations: OCHA, UNRWA, news agencies, Israeli military, CTP-ISW',
	licence: 'Compilation CC BY 4.0; statements belong to the cited publishers',
	contradictions: [
		'Philadelphi corridor: Anadolu reported more than half (22 May) and two-thirds (29 May) of the border under Israeli control; Israel’s national security adviser said three-quarters on 29 May, and the military the whole corridor the same evening.',
		'Start of the ground operation: an Egyptian official told AP that tanks entered Rafah on 6 May; the military described a ground and air operation from the night of 6–7 May; OCHA dates the start to 7 May.',
		'Tal as-Sultan, 28–31 May: residents described raids followed by withdrawal toward the border, while the military spoke of “tactical control” of the neighbourhood.'
	],
	files,
	counts: (s) => {
		const by = (basis: string) => s.groundStatements.filter((r) => r.basis === basis).length;
		return `${s.groundStatements.length} statements (${by('claimed')} claimed, ${by('reported')} reported, ${by('assessed')} assessed)`;
	},
	records: (s) => ({ groundStatements: s.groundStatements }),
	features: groundFeatures,
	checks: (s, c) => {
		const file = files.groundStatements.path;
		c.unique(file, s.groundStatements, (r) => r.id);
		for (const r of s.groundStatements) {
			c.inRange(file, r.id, 'date', r.date, EVENT_PERIOD);
			if (r.published !== undefined && r.published < r.date)
				c.add(file, r.id, 'published', `${r.published} is before the day it speaks of`);
			if (r.place_id !== undefined) c.resolves(file, r.id, 'place_id', r.place_id, 'places');
			if (r.area_id !== undefined) c.resolves(file, r.id, 'area_id', r.area_id, 'areas');
			// Every statement must say where, or it cannot be drawn or counted in the extent.
			if (r.place_id === undefined && r.area_id === undefined && r.line_id === undefined)
				c.add(file, r.id, 'place_id', 'needs a place_id, area_id or line_id');
			c.cite(file, r.id, r.source_id);
		}
	},
	downloads: [
		{
			file: 'ground-operations.geojson',
			label: 'Ground operation statements (GeoJSON)',
			format: 'geojson',
			build: groundFeatures
		},
		{
			file: 'ground-operations.csv',
			label: 'Ground operation statements (CSV)',
			format: 'csv',
			build: (s) => s.groundStatements
		},
		{
			file: 'ground-operations-extent.csv',
			label:
				'Places with any statement, first day by basis (CSV; compiled from reports, not an assessment of control)',
			format: 'csv',
			build: extentRows
		}
	]
};
