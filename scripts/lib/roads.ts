/**
 * A road's line assembled from several routed trips that follow it: the stretches each trip spends on
 * the road, de-duplicated where trips overlap, chained into as few lines as possible and clipped.
 */
import type { BBox, Feature, LineString, Position } from 'geojson';
import { length, lineString } from '@turf/turf';
import { clipLinesToBBox, joinLines, mergeOverlappingLines } from './geometry';
import { orsStretches } from './ors';

export interface RoadOptions {
	/** Unnamed router steps up to this length between two stretches of the road count as the road. */
	bridgeKm: number;
	/** Trips closer than this (metres) are taken to be on the same carriageway. */
	overlapMetres: number;
	/** Pieces whose ends are this close (metres) are chained into one line. */
	joinMetres: number;
	/** Pieces shorter than this (metres) after de-duplication are router noise and dropped. */
	minPieceMetres: number;
	bbox: BBox;
}

export function roadFromRoutes(
	routes: readonly Feature<LineString>[],
	isRoad: (streetName: string) => boolean,
	options: RoadOptions
): Position[][] {
	const stretches = routes.flatMap((r) =>
		orsStretches(r, isRoad, options.bridgeKm).map((line) => line.map((p) => [p[0]!, p[1]!]))
	);
	const clipped = clipLinesToBBox(stretches, options.bbox);
	const merged = mergeOverlappingLines(clipped, options.overlapMetres).filter(
		(l) => length(lineString(l), { units: 'meters' }) >= options.minPieceMetres
	);
	return joinLines(merged, options.joinMetres);
}

/** A named trunk road: which routed trips follow it and the Arabic street name the router gives it. */
export interface TrunkRoad {
	nameEn: string;
	nameAr: string;
	routes: readonly string[];
}

/**
 * The lines of one trunk road in the area, from the routed trips that follow it. Shared by the basemap
 * (roads layer) and the aid-corridors dataset (routes), so both draw the same line.
 */
export function trunkRoadLines(
	routesByName: ReadonlyMap<string, Feature<LineString>>,
	road: TrunkRoad,
	isRoad: (streetName: string) => boolean,
	options: RoadOptions
): Position[][] {
	const routes = road.routes.map((name) => {
		const r = routesByName.get(name);
		if (!r) throw new Error(`route file ${name}.geojson missing`);
		return r;
	});
	const lines = roadFromRoutes(routes, isRoad, options);
	if (lines.length === 0) throw new Error(`no stretch of ${road.nameEn} inside the area`);
	return lines;
}
