/**
 * Loads every curated dataset into one validated, serialisable `Situation`. Pure: the caller supplies how
 * files are read, so the same code runs in the build (Node), the data gate and unit tests.
 */
import type {
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon
} from 'geojson';
import { crossChecks } from './checks';
import {
	aidVolumeRow,
	crossingRow,
	crossingStatusRow,
	routeProperties,
	truckDayRow,
	type AidVolume,
	type Crossing,
	type CrossingStatus,
	type RouteProperties,
	type TruckDay
} from './schemas/aid-corridors';
import { STRIP_BBOX } from './schemas/common';
import {
	orderProperties,
	orderStatementRow,
	type OrderProperties,
	type OrderStatement
} from './schemas/evacuation-orders';
import {
	areaProperties,
	populationFigureRow,
	type AreaProperties,
	type PopulationFigure
} from './schemas/shelter-population';
import { hospitalStatusRow, placeRow, type HospitalStatus, type Place } from './schemas/places';
import { sourceRow, type Source } from './schemas/sources';
import { strikeReportRow, strikeRow, type StrikeReport, type StrikeRow } from './schemas/strikes';
import { parseFeatureCollection } from './geojson-file';
import { DATA_FILES } from './files';
import { DataError, parseTable, type DataIssue } from './table';

export { DATA_FILES };

export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
export type OrderCollection = FeatureCollection<Polygon | MultiPolygon, OrderProperties>;
export type RouteCollection = FeatureCollection<LineString | MultiLineString, RouteProperties>;

export interface Situation {
	sources: Source[];
	strikes: StrikeRow[];
	strikeReports: StrikeReport[];
	areas: AreaCollection;
	population: PopulationFigure[];
	crossings: Crossing[];
	crossingStatus: CrossingStatus[];
	routes: RouteCollection;
	aidVolume: AidVolume[];
	trucksDaily: TruckDay[];
	orders: OrderCollection;
	orderStatements: OrderStatement[];
	places: Place[];
	hospitalStatus: HospitalStatus[];
}

export type ReadFile = (path: string) => string;

/**
 * Reads, validates and cross-checks every dataset. Collects the issues of all files before throwing,
 * so one run shows a curator everything that is wrong.
 */
export function loadSituation(read: ReadFile): Situation {
	const issues: DataIssue[] = [];
	function attempt<T>(fn: () => T, empty: T): T {
		try {
			return fn();
		} catch (e) {
			if (e instanceof DataError) {
				issues.push(...e.issues);
				return empty;
			}
			throw e;
		}
	}
	const table = <T>(key: keyof typeof DATA_FILES, fn: (file: string, text: string) => T[]) =>
		attempt(() => fn(DATA_FILES[key], read(DATA_FILES[key])), [] as T[]);
	const emptyFc = { type: 'FeatureCollection' as const, features: [] };

	const situation: Situation = {
		sources: table('sources', (f, t) => parseTable(f, t, sourceRow, 'id')),
		strikes: table('strikes', (f, t) => parseTable(f, t, strikeRow, 'id')),
		strikeReports: table('strikeReports', (f, t) => parseTable(f, t, strikeReportRow, 'strike_id')),
		areas: attempt(
			() =>
				parseFeatureCollection(
					DATA_FILES.areas,
					read(DATA_FILES.areas),
					areaProperties,
					['Polygon', 'MultiPolygon'],
					STRIP_BBOX
				),
			emptyFc as AreaCollection
		),
		population: table('population', (f, t) => parseTable(f, t, populationFigureRow, 'id')),
		crossings: table('crossings', (f, t) => parseTable(f, t, crossingRow, 'id')),
		crossingStatus: table('crossingStatus', (f, t) => parseTable(f, t, crossingStatusRow, 'id')),
		routes: attempt(
			() =>
				parseFeatureCollection(
					DATA_FILES.routes,
					read(DATA_FILES.routes),
					routeProperties,
					['LineString', 'MultiLineString'],
					STRIP_BBOX
				),
			emptyFc as RouteCollection
		),
		aidVolume: table('aidVolume', (f, t) => parseTable(f, t, aidVolumeRow, 'id')),
		trucksDaily: table('trucksDaily', (f, t) => parseTable(f, t, truckDayRow, 'date')),
		orders: attempt(
			() =>
				parseFeatureCollection(
					DATA_FILES.orders,
					read(DATA_FILES.orders),
					orderProperties,
					['Polygon', 'MultiPolygon'],
					STRIP_BBOX
				),
			emptyFc as OrderCollection
		),
		orderStatements: table('orderStatements', (f, t) => parseTable(f, t, orderStatementRow, 'id')),
		places: table('places', (f, t) => parseTable(f, t, placeRow, 'id')),
		hospitalStatus: table('hospitalStatus', (f, t) => parseTable(f, t, hospitalStatusRow, 'id'))
	};
	if (issues.length === 0) issues.push(...crossChecks(situation));
	if (issues.length) throw new DataError(issues);
	return situation;
}
