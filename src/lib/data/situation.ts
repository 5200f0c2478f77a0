/**
 * Loads every curated dataset into one validated, serialisable `Situation`. Pure: the caller supplies how
 * files are read, so the same code runs in the build (Node), the data gate and unit tests.
 */
import type {
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon
} from 'geojson';
import type * as v from 'valibot';
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
	type Key = keyof typeof DATA_FILES;
	type RowSchema = Parameters<typeof parseTable>[2];
	const table = <S extends RowSchema>(key: Key, schema: S, idKey = 'id') =>
		attempt(() => parseTable(DATA_FILES[key], read(DATA_FILES[key]), schema, idKey), []);
	const polygons = ['Polygon', 'MultiPolygon'] as const;
	const lines = ['LineString', 'MultiLineString'] as const;
	const geo = <G extends Geometry, S extends v.GenericSchema>(
		key: Key,
		schema: S,
		types: readonly G['type'][]
	) =>
		attempt(
			() =>
				parseFeatureCollection<G, S>(
					DATA_FILES[key],
					read(DATA_FILES[key]),
					schema,
					types,
					STRIP_BBOX
				),
			{ type: 'FeatureCollection' as const, features: [] }
		);

	const situation: Situation = {
		sources: table('sources', sourceRow),
		strikes: table('strikes', strikeRow),
		strikeReports: table('strikeReports', strikeReportRow, 'strike_id'),
		areas: geo<Polygon | MultiPolygon, typeof areaProperties>('areas', areaProperties, polygons),
		population: table('population', populationFigureRow),
		crossings: table('crossings', crossingRow),
		crossingStatus: table('crossingStatus', crossingStatusRow),
		routes: geo<LineString | MultiLineString, typeof routeProperties>(
			'routes',
			routeProperties,
			lines
		),
		aidVolume: table('aidVolume', aidVolumeRow),
		trucksDaily: table('trucksDaily', truckDayRow, 'date'),
		orders: geo<Polygon | MultiPolygon, typeof orderProperties>(
			'orders',
			orderProperties,
			polygons
		),
		orderStatements: table('orderStatements', orderStatementRow),
		places: table('places', placeRow),
		hospitalStatus: table('hospitalStatus', hospitalStatusRow)
	};
	if (issues.length === 0) issues.push(...crossChecks(situation));
	if (issues.length) throw new DataError(issues);
	return situation;
}
