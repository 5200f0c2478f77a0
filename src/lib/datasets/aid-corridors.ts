/** Aid corridors: crossings with their sourced status, the main aid routes and truck counts. */
import type { LineString, MultiLineString } from 'geojson';
import { EVENT_PERIOD, VOLUME_PERIOD } from '../data/dates';
import { crossingFeatures, latestStatusDate } from '../data/features';
import type { Situation } from '../data/situation';
import {
	aidVolumeRow,
	crossingRow,
	crossingStatusRow,
	routeProperties,
	truckDayRow
} from '../data/schemas/aid-corridors';
import { type DatasetModule, download, geoFile, tableFile, VALIDITY } from './define';

export const files = {
	crossings: tableFile('data/aid-corridors/crossings.csv', crossingRow, ['id']),
	crossingStatus: tableFile('data/aid-corridors/status.csv', crossingStatusRow, ['id']),
	routes: geoFile<LineString | MultiLineString, typeof routeProperties>(
		'data/aid-corridors/routes.geojson',
		routeProperties,
		['LineString', 'MultiLineString']
	),
	aidVolume: tableFile('data/aid-corridors/aid-volume.csv', aidVolumeRow, ['id']),
	trucksDaily: tableFile('data/aid-corridors/trucks-daily.csv', truckDayRow, [
		'date',
		'crossing_id'
	])
};

/** Crossings (points, with their last sourced status) and routes (lines), in one source. */
function features(s: Situation) {
	const asOf = latestStatusDate(s.crossingStatus) ?? EVENT_PERIOD.to;
	return {
		type: 'FeatureCollection' as const,
		features: [...crossingFeatures(s, asOf).features, ...s.routes.features]
	};
}

export const aidCorridors: DatasetModule<typeof files, Situation> = {
	id: 'aid-corridors',
	title: 'Aid corridors',
	summary:
		'Crossings into southern Gaza with their sourced status, the main aid routes, and truck counts.',
	attribution: 'Aid corridors: OCHA, UNRWA and others; UNRWA truck list',
	licence: 'Compilation CC BY 4.0; truck counts from the UNRWA line list',
	contradictions: [
		'Kerem Shalom: reopened on 8 May (Israeli authorities), closed 6–10 May (UNRWA), closed throughout from 5 May (Palestinian sources), or operating but hampered (OCHA, from 15 May).',
		'Rafah crossing closed from 5, 6 or 7 May, depending on the source.',
		'Trucks per day: UN figures count humanitarian trucks received (176 a day before 7 May, 58 after); COGAT counts all trucks inspected, commercial ones included (201 a day).',
		'US pier: damaged on 25, 26 or 28 May; back in place on 7 or 8 June.'
	],
	files,
	counts: (s) =>
		`${s.crossings.length} crossings, ${s.crossingStatus.length} status statements, ${s.routes.features.length} routes, ${s.trucksDaily.length} daily truck counts`,
	records: (s) => ({
		crossings: s.crossings,
		crossingStatus: s.crossingStatus,
		routes: s.routes,
		aidVolume: s.aidVolume,
		trucksDaily: s.trucksDaily
	}),
	features,
	checks: (s, c) => {
		c.unique(files.crossings.path, s.crossings, (r) => r.id);
		c.unique(files.crossingStatus.path, s.crossingStatus, (r) => r.id);
		c.unique(files.aidVolume.path, s.aidVolume, (r) => r.id);
		c.unique(files.routes.path, s.routes.features, (f) => f.properties.id);
		c.unique(files.trucksDaily.path, s.trucksDaily, (r) => `${r.date}/${r.crossing_id}`);
		for (const r of s.crossingStatus) {
			c.resolves(files.crossingStatus.path, r.id, 'crossing_id', r.crossing_id, 'crossings');
			c.cite(files.crossingStatus.path, r.id, r.source_id);
			c.interval(files.crossingStatus.path, r.id, VALIDITY, r.valid_from, r.valid_to);
		}
		for (const r of s.aidVolume) {
			if (r.crossing_id !== 'all')
				c.resolves(files.aidVolume.path, r.id, 'crossing_id', r.crossing_id, 'crossings');
			c.cite(files.aidVolume.path, r.id, r.source_id);
			// Only a percent change can be negative; a truck count below zero is a slip.
			if (r.value !== undefined && r.value < 0 && r.metric !== 'percent_change')
				c.add(files.aidVolume.path, r.id, 'value', `must not be negative for ${r.metric}`);
			c.interval(
				files.aidVolume.path,
				r.id,
				['period_from', 'period_to'],
				r.period_from,
				r.period_to,
				VOLUME_PERIOD
			);
		}
		for (const r of s.trucksDaily) {
			const rec = `${r.date}/${r.crossing_id}`;
			c.resolves(files.trucksDaily.path, rec, 'crossing_id', r.crossing_id, 'crossings');
			c.inRange(files.trucksDaily.path, rec, 'date', r.date);
		}
	},
	downloads: [
		download('aid-corridors.geojson', 'Crossings and routes (GeoJSON)', features),
		download('aid-corridors-status.csv', 'Crossing status (CSV)', (s) => s.crossingStatus),
		download('aid-corridors-volume.csv', 'Stated aid volumes (CSV)', (s) => s.aidVolume),
		download(
			'aid-corridors-trucks-daily.csv',
			'Daily truck lines, UNRWA (CSV)',
			(s) => s.trucksDaily
		)
	]
};
