/**
 * Which curated files are tables and which GeoJSON, with their column order and sort keys: shared by
 * `npm run data:format` and the test that the files are in canonical form.
 */
import { DATA_FILES } from '../../src/lib/data/files';
import { orderStatementRow } from '../../src/lib/data/schemas/evacuation-orders';
import { hospitalStatusRow, placeRow } from '../../src/lib/data/schemas/places';
import { populationFigureRow } from '../../src/lib/data/schemas/shelter-population';
import { sourceRow } from '../../src/lib/data/schemas/sources';
import { strikeReportRow, strikeRow } from '../../src/lib/data/schemas/strikes';
import {
	aidVolumeRow,
	crossingRow,
	crossingStatusRow,
	truckDayRow
} from '../../src/lib/data/schemas/aid-corridors';
import { table, type TableSpec } from './csv-format';

export const TABLES: TableSpec[] = [
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
	table(DATA_FILES.trucksDaily, truckDayRow, ['date', 'crossing_id']),
	table(DATA_FILES.orderStatements, orderStatementRow, ['id']),
	table(DATA_FILES.places, placeRow, ['id']),
	table(DATA_FILES.hospitalStatus, hospitalStatusRow, ['id'])
];

export const GEOJSON_FILES = [DATA_FILES.areas, DATA_FILES.routes, DATA_FILES.orders];
