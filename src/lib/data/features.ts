/**
 * Turns validated records into the GeoJSON the map draws: flat primitive properties, a stable `id` for
 * `promoteId`, and figures already reduced to ranges. The details panel reads the full records instead.
 */
import type { FeatureCollection, Point } from 'geojson';
import GeoJSON from 'geojson/geojson.js';
import { evidenceOf } from './evidence';
import { rangeOf } from './figures';
import { groupBy } from './group';
import type { Situation } from './situation';
import type { CrossingStatus } from './schemas/aid-corridors';
import type { Place } from './schemas/places';
import { statusOn } from './status';

export type FlatProperties = Record<string, string | number | boolean>;

/** Drops undefined values: MapLibre properties are flat primitives, and "unknown" is absence. */
function flat(props: Record<string, string | number | boolean | undefined>): FlatProperties {
	return Object.fromEntries(
		Object.entries(props).filter(([, v]) => v !== undefined)
	) as FlatProperties;
}

/**
 * Rows with `lon`/`lat` as point features; rows without a location are not drawn (the lists still
 * show them). Properties are every other field, flat.
 */
export function pointFeatures(
	rows: readonly Record<string, string | number | boolean | undefined>[]
): FeatureCollection<Point, FlatProperties> {
	const located = rows.filter((r) => typeof r.lon === 'number' && typeof r.lat === 'number');
	return GeoJSON.parse<FlatProperties>(located.map(flat), { Point: ['lat', 'lon'] });
}

export function strikeFeatures(
	s: Pick<Situation, 'strikes' | 'strikeReports' | 'sources'>
): FeatureCollection<Point, FlatProperties> {
	const by = groupBy(s.strikeReports, (r) => r.strike_id);
	const grade = new Map(evidenceOf(s).map((e) => [e.strike_id, e.grade]));
	return pointFeatures(
		s.strikes.map((strike) => {
			const reports = by.get(strike.id) ?? [];
			const killed = rangeOf(reports.map((r) => r.killed));
			const injured = rangeOf(reports.map((r) => r.injured));
			return {
				lon: strike.lon,
				lat: strike.lat,
				id: strike.id,
				date: strike.date,
				time: strike.time,
				location: strike.location,
				precision: strike.precision,
				uncertainty_m: strike.uncertainty_m,
				kind: strike.kind,
				target: strike.target,
				killed_min: killed?.min,
				killed_max: killed?.max,
				injured_min: injured?.min,
				injured_max: injured?.max,
				source_count: new Set(reports.map((r) => r.source_id)).size,
				grade: grade.get(strike.id)
			};
		})
	);
}

/** Hospitals and field hospitals the gazetteer locates, for the map. */
export function hospitalFeatures(
	places: readonly Place[]
): FeatureCollection<Point, FlatProperties> {
	return pointFeatures(
		places
			.filter((p) => p.kind === 'hospital' || p.kind === 'field hospital')
			.map((p) => ({
				lon: p.lon,
				lat: p.lat,
				id: p.id,
				kind: p.kind,
				name_en: p.name_en,
				name_ar: p.name_ar
			}))
	);
}

/** The latest date any status statement speaks of, for the default "as of" of the crossings layer. */
export function latestStatusDate(statuses: readonly CrossingStatus[]): string | undefined {
	return statuses
		.map((s) => s.valid_to ?? s.valid_from)
		.filter((d): d is string => d !== undefined)
		.sort()
		.at(-1);
}

export function crossingFeatures(
	s: Pick<Situation, 'crossings' | 'crossingStatus'>,
	asOf: string
): FeatureCollection<Point, FlatProperties> {
	return pointFeatures(
		s.crossings.map((c) => ({
			lon: c.lon,
			lat: c.lat,
			id: c.id,
			name_en: c.name_en,
			name_ar: c.name_ar,
			kind: c.kind,
			status: statusOn(s.crossingStatus, c.id, asOf) ?? 'unknown'
		}))
	);
}

/** Areas with at least one population figure, with how many figures they have. */
export function shelterFeatures(s: Pick<Situation, 'areas' | 'population'>) {
	const counts = new Map<string, number>();
	for (const f of s.population) counts.set(f.area_id, (counts.get(f.area_id) ?? 0) + 1);
	return {
		type: 'FeatureCollection' as const,
		features: s.areas.features
			.filter((f) => counts.has(f.properties.id) && f.properties.kind !== 'strip')
			.map((f) => ({
				...f,
				properties: flat({ ...f.properties, figure_count: counts.get(f.properties.id) ?? 0 })
			}))
	};
}
