/**
 * The files readers can download, generated at build from the curated data: GeoJSON for GIS tools and
 * CSV for spreadsheets. Same ids and fields as the curated files.
 */
import { csvFormat } from 'd3-dsv';
import { crossingFeatures, latestStatusDate, strikeFeatures } from './features';
import type { DatasetId } from './registry';
import type { Situation } from './situation';

export interface Download {
	file: string;
	dataset: DatasetId | 'sources';
	label: string;
	type: string;
}

const GEOJSON = 'application/geo+json';
const CSV = 'text/csv; charset=utf-8';

export const DOWNLOADS: readonly Download[] = [
	{
		file: 'strikes.geojson',
		dataset: 'strikes',
		label: 'Strikes (GeoJSON, ranges)',
		type: GEOJSON
	},
	{ file: 'strikes.csv', dataset: 'strikes', label: 'Strikes (CSV)', type: CSV },
	{ file: 'strikes-reports.csv', dataset: 'strikes', label: 'Figures per source (CSV)', type: CSV },
	{
		file: 'shelter-population.geojson',
		dataset: 'shelter-population',
		label: 'Areas (GeoJSON)',
		type: GEOJSON
	},
	{
		file: 'shelter-population-figures.csv',
		dataset: 'shelter-population',
		label: 'Figures per source (CSV)',
		type: CSV
	},
	{
		file: 'aid-corridors.geojson',
		dataset: 'aid-corridors',
		label: 'Crossings and routes (GeoJSON)',
		type: GEOJSON
	},
	{
		file: 'aid-corridors-status.csv',
		dataset: 'aid-corridors',
		label: 'Crossing status (CSV)',
		type: CSV
	},
	{
		file: 'aid-corridors-volume.csv',
		dataset: 'aid-corridors',
		label: 'Stated aid volumes (CSV)',
		type: CSV
	},
	{
		file: 'aid-corridors-trucks-daily.csv',
		dataset: 'aid-corridors',
		label: 'Daily truck lines, UNRWA (CSV)',
		type: CSV
	},
	{
		file: 'evacuation-orders.geojson',
		dataset: 'evacuation-orders',
		label: 'Order polygons (GeoJSON)',
		type: GEOJSON
	},
	{
		file: 'evacuation-orders-statements.csv',
		dataset: 'evacuation-orders',
		label: 'What sources stated (CSV)',
		type: CSV
	},
	{ file: 'places.csv', dataset: 'places', label: 'Places gazetteer (CSV)', type: CSV },
	{
		file: 'places-hospital-status.csv',
		dataset: 'places',
		label: 'Hospital status (CSV)',
		type: CSV
	},
	{ file: 'sources.csv', dataset: 'sources', label: 'All sources (CSV)', type: CSV }
];

type Row = Record<string, string | number | undefined>;
const csv = (rows: readonly object[]) => csvFormat(rows as Row[]) + '\n';
const json = (value: unknown) => JSON.stringify(value) + '\n';

export function datasetFile(s: Situation, d: Download): string {
	switch (d.file) {
		case 'strikes.geojson':
			return json(strikeFeatures(s));
		case 'strikes.csv':
			return csv(s.strikes);
		case 'strikes-reports.csv':
			return csv(s.strikeReports);
		case 'shelter-population.geojson':
			return json(s.areas);
		case 'shelter-population-figures.csv':
			return csv(s.population);
		case 'aid-corridors.geojson': {
			const asOf = latestStatusDate(s.crossingStatus) ?? '2024-06-30';
			return json({
				type: 'FeatureCollection',
				features: [...crossingFeatures(s, asOf).features, ...s.routes.features]
			});
		}
		case 'aid-corridors-status.csv':
			return csv(s.crossingStatus);
		case 'aid-corridors-volume.csv':
			return csv(s.aidVolume);
		case 'aid-corridors-trucks-daily.csv':
			return csv(s.trucksDaily);
		case 'evacuation-orders.geojson':
			return json(s.orders);
		case 'evacuation-orders-statements.csv':
			return csv(s.orderStatements);
		case 'places.csv':
			return csv(s.places);
		case 'places-hospital-status.csv':
			return csv(s.hospitalStatus);
		case 'sources.csv':
			return csv(s.sources);
		default:
			throw new Error(`No generator for ${d.file}`);
	}
}
