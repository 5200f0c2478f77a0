/**
 * A road's line assembled from several routed trips that follow it: the stretches each trip spends on
 * the road, de-duplicated where trips overlap, chained into as few lines as possible and clipped.
 */
import type { BBox, Feature, LineString, Position } from 'geojson';
import { clipLinesToBBox, joinLines, lineLengthMetres, mergeOverlappingLines } from './geometry';
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
		(l) => lineLengthMetres(l) >= options.minPieceMetres
	);
	return joinLines(merged, options.joinMetres);
}
