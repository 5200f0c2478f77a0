/**
 * Geometry for the derivation scripts: the few operations Turf has no counterpart for (which parts of
 * a line run along other lines, merging lines that retrace each other, chaining pieces into lines)
 * and small adapters between plain coordinate arrays and Turf's features. Distances, lengths and
 * areas are Turf's, on a sphere.
 */
import type {
	BBox,
	Feature,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import {
	area,
	bboxClip,
	bboxPolygon,
	booleanPointInPolygon,
	destination,
	distance,
	feature,
	featureCollection,
	flatten,
	geojsonRbush,
	intersect,
	lineSegment,
	lineSplit,
	lineString,
	midpoint,
	multiLineString,
	pointToLineDistance,
	polygon,
	simplify,
	union
} from '@turf/turf';

export type Areal = Polygon | MultiPolygon;
export type Linear = LineString | MultiLineString;

/** Segments of some lines in a spatial index, so a query measures only the segments around it. */
export class SegmentIndex {
	private readonly tree = geojsonRbush<LineString>();

	constructor(lines: Position[][] = []) {
		for (const line of lines) this.add(line);
	}

	add(line: Position[]): void {
		if (line.length >= 2) this.tree.load(lineSegment(lineString(line)));
	}

	/** True when `p` lies within `tolerance` metres of any segment. */
	near(p: Position, tolerance: number): boolean {
		// a box 1 % wider than the circle of `tolerance` round p, so no segment inside it is missed
		const reach = tolerance * 1.01;
		const east = destination(p, reach, 90, { units: 'meters' }).geometry.coordinates[0]! - p[0]!;
		const north = destination(p, reach, 0, { units: 'meters' }).geometry.coordinates[1]! - p[1]!;
		const box: BBox = [p[0]! - east, p[1]! - north, p[0]! + east, p[1]! + north];
		return this.tree
			.search(box)
			.features.some((s) => pointToLineDistance(p, s, { units: 'meters' }) <= tolerance);
	}
}

/**
 * Runs of `line` whose segments lie within `tolerance` metres of `index` (`keep: 'covered'`) or not
 * (`keep: 'uncovered'`). A segment counts as covered when both ends and its midpoint are near, so a
 * chord across a bend is not mistaken for a shared edge.
 */
export function splitByCoverage(
	line: Position[],
	index: SegmentIndex,
	tolerance: number,
	keep: 'covered' | 'uncovered'
): Position[][] {
	const near = line.map((p) => index.near(p, tolerance));
	const runs: Position[][] = [];
	let run: Position[] = [];
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1]!;
		const b = line[i]!;
		const covered =
			near[i - 1]! && near[i]! && index.near(midpoint(a, b).geometry.coordinates, tolerance);
		if (covered === (keep === 'covered')) {
			if (run.length === 0) run.push(a);
			run.push(b);
		} else if (run.length) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length) runs.push(run);
	return runs;
}

function closedRingOpen(ring: Position[]): Position[] {
	const first = ring[0];
	const last = ring[ring.length - 1];
	return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

/**
 * The edges two polygon rings share (within `tolerance` metres), as lines following `ringA`. The ring
 * is walked from a vertex that is not shared, so a shared stretch that spans the ring's start comes
 * out in one piece.
 */
export function sharedEdges(ringA: Position[], ringB: Position[], tolerance: number): Position[][] {
	const open = closedRingOpen(ringA);
	const index = new SegmentIndex([ringB]);
	const start = open.findIndex((p) => !index.near(p, tolerance));
	if (start < 0) return [ringA.slice()];
	const walk = [...open.slice(start), ...open.slice(0, start), open[start]!];
	return splitByCoverage(walk, index, tolerance, 'covered');
}

/**
 * Merges lines that partly retrace each other (e.g. several routed trips along the same road): each
 * line in turn keeps only the stretches not already within `tolerance` metres of earlier ones.
 */
export function mergeOverlappingLines(lines: Position[][], tolerance: number): Position[][] {
	const index = new SegmentIndex();
	const out: Position[][] = [];
	for (const line of lines) {
		const fresh = splitByCoverage(line, index, tolerance, 'uncovered');
		for (const run of fresh) {
			out.push(run);
			index.add(run);
		}
	}
	return out;
}

/**
 * Chains lines whose ends meet (within `tolerance` metres), reversing pieces where needed, so a road
 * built from many routed pieces becomes as few lines as possible. Deterministic for a given input order.
 */
export function joinLines(lines: Position[][], tolerance: number): Position[][] {
	const meet = (a: Position, b: Position) => distance(a, b, { units: 'meters' }) <= tolerance;
	const pool = lines.filter((l) => l.length >= 2).map((l) => l.slice());
	const out: Position[][] = [];
	while (pool.length) {
		let chain = pool.shift()!;
		let grown = true;
		while (grown) {
			grown = false;
			for (let i = 0; i < pool.length; i++) {
				const l = pool[i]!;
				const head = chain[0]!;
				const tail = chain[chain.length - 1]!;
				const lHead = l[0]!;
				const lTail = l[l.length - 1]!;
				let joined: Position[] | null = null;
				if (meet(tail, lHead)) joined = [...chain, ...l.slice(1)];
				else if (meet(tail, lTail)) joined = [...chain, ...l.slice(0, -1).reverse()];
				else if (meet(lTail, head)) joined = [...l, ...chain.slice(1)];
				else if (meet(lHead, head)) joined = [...l.slice().reverse(), ...chain.slice(1)];
				if (joined) {
					chain = joined;
					pool.splice(i, 1);
					grown = true;
					break;
				}
			}
		}
		out.push(chain);
	}
	return out;
}

/** Polygon for one part, MultiPolygon for several, null for none. */
export function fromPolygons(polygons: Position[][][]): Areal | null {
	if (polygons.length === 0) return null;
	if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
	return { type: 'MultiPolygon', coordinates: polygons };
}

/** LineString for one line, MultiLineString for several, null for none. */
export function fromLines(lines: Position[][]): Linear | null {
	const kept = lines.filter((l) => l.length >= 2);
	if (kept.length === 0) return null;
	if (kept.length === 1) return { type: 'LineString', coordinates: kept[0]! };
	return { type: 'MultiLineString', coordinates: kept };
}

/**
 * Drops polygon parts and holes below the given areas (m²): digitised blocks leave slivers of a few m²
 * between neighbours that would otherwise show up as pin-holes in a dissolved fill.
 */
export function dropSmallParts(
	geometry: Areal,
	minPartM2: number,
	minHoleM2: number = minPartM2
): Areal | null {
	const kept: Position[][][] = [];
	for (const part of flatten(geometry).features) {
		const [outer, ...holes] = part.geometry.coordinates;
		if (!outer || area(polygon([outer])) < minPartM2) continue;
		kept.push([outer, ...holes.filter((h) => area(polygon([h])) >= minHoleM2)]);
	}
	return fromPolygons(kept);
}

/** Dissolves polygons into one geometry (exact boolean union). */
export function dissolve(geometries: Areal[]): Areal | null {
	if (geometries.length === 0) return null;
	if (geometries.length === 1) return geometries[0]!;
	const merged = union(
		featureCollection(
			geometries.map((g): Feature<Areal> => ({ type: 'Feature', properties: {}, geometry: g }))
		)
	);
	return merged?.geometry ?? null;
}

/** Exact intersection of a polygon with a bbox (unlike bboxClip, no degenerate edges). */
export function clipArealToBBox(geometry: Areal, bbox: BBox): Areal | null {
	const clipped = intersect(
		featureCollection<Areal>([{ type: 'Feature', properties: {}, geometry }, bboxPolygon(bbox)])
	);
	return clipped?.geometry ?? null;
}

/** Exact intersection of two polygons. */
export function intersectAreal(a: Areal, b: Areal): Areal | null {
	const out = intersect(
		featureCollection<Areal>([
			{ type: 'Feature', properties: {}, geometry: a },
			{ type: 'Feature', properties: {}, geometry: b }
		])
	);
	return out?.geometry ?? null;
}

/** Cuts lines at a bbox, keeping the pieces inside. */
export function clipLinesToBBox(lines: Position[][], bbox: BBox): Position[][] {
	const clipped = bboxClip(multiLineString(lines.filter((l) => l.length >= 2)), bbox);
	return flatten(clipped)
		.features.map((f) => f.geometry.coordinates)
		.filter((l) => l.length >= 2);
}

function samePoint(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/**
 * The pieces `lineSplit` cut from `line`, in order along it (it returns them in the order it made the
 * cuts): each piece starts where the one before it ends. A line it did not cut comes back whole.
 */
function piecesAlong(line: Position[], clip: Areal): Position[][] {
	const pieces = lineSplit(lineString(line), feature(clip)).features;
	const rest = pieces.map((f) => f.geometry.coordinates);
	if (rest.length === 0) return [line];
	const ordered: Position[][] = [];
	let at = line[0]!;
	while (rest.length) {
		const next = rest.findIndex((piece) => samePoint(piece[0]!, at));
		if (next < 0) throw new Error('pieces of a split line do not chain end to start');
		const piece = rest.splice(next, 1)[0]!;
		ordered.push(piece);
		at = piece[piece.length - 1]!;
	}
	return ordered;
}

/** A point inside a piece of line: the middle of its first segment of non-zero length. */
function pointWithin(piece: Position[]): Position | undefined {
	const a = piece[0];
	const b = a && piece.find((p) => !samePoint(p, a));
	return a && b ? midpoint(a, b).geometry.coordinates : undefined;
}

/**
 * The parts of lines inside a polygon: each line is split where it crosses the polygon's rings and
 * the pieces whose middle lies inside are kept, pieces that meet end to end joined again. Used to stop
 * boundary lines drawn on one source's coastline from running into the sea of another's.
 */
export function clipLinesToPolygon(lines: Position[][], clip: Areal): Position[][] {
	const out: Position[][] = [];
	for (const line of lines) {
		if (line.length < 2) continue;
		let run: Position[] = [];
		const flush = () => {
			if (run.length >= 2) out.push(run);
			run = [];
		};
		for (const piece of piecesAlong(line, clip)) {
			const inner = pointWithin(piece);
			if (!inner || !booleanPointInPolygon(inner, clip)) {
				flush();
				continue;
			}
			const last = run[run.length - 1];
			if (last && !samePoint(last, piece[0]!)) flush();
			run.push(...(run.length ? piece.slice(1) : piece));
		}
		flush();
	}
	return out;
}

/** Light Douglas–Peucker simplification that never drops a polygon or line entirely. */
export function simplifyGeometry<G extends Areal | Linear>(geometry: G, toleranceDeg: number): G {
	const out = simplify({ type: 'Feature', properties: {}, geometry } as Feature<G>, {
		tolerance: toleranceDeg,
		highQuality: true,
		mutate: false
	});
	return out.geometry;
}

/** True when the point lies inside any of the polygons. */
export function pointInAny(p: Position, polygons: Areal[]): boolean {
	return polygons.some((g) => booleanPointInPolygon(p, g));
}

/** Geodesic area in km², 2 decimals (turf's spherical formula). */
export function areaKm2(geometry: Areal): number {
	return Math.round(area(geometry) / 1e4) / 100;
}
