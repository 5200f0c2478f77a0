/**
 * Small planar geometry helpers for the derivation scripts. Distances use a local equirectangular
 * projection: over the ~25 km the project covers its error is far below the metre-level tolerances used.
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
	bboxPolygon,
	booleanPointInPolygon,
	featureCollection,
	intersect,
	simplify,
	union
} from '@turf/turf';

export type Areal = Polygon | MultiPolygon;
export type Linear = LineString | MultiLineString;
type XY = [number, number];

const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LON_EQUATOR = 111_320;

/** Projects lon/lat to metres around `lat0`. */
export function localProjector(lat0: number): (p: Position) => XY {
	const kx = METRES_PER_DEGREE_LON_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
	return (p) => [(p[0] ?? 0) * kx, (p[1] ?? 0) * METRES_PER_DEGREE_LAT];
}

/** Rafah's latitude: every dataset here lies within 0.3° of it. */
export const project = localProjector(31.3);

function distToSegment(p: XY, a: XY, b: XY): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
	t = Math.max(0, Math.min(1, t));
	const x = a[0] + t * dx - p[0];
	const y = a[1] + t * dy - p[1];
	return Math.sqrt(x * x + y * y);
}

/** Segments of some lines, projected once, with a bbox for cheap rejection. */
export class SegmentIndex {
	private readonly segs: {
		a: XY;
		b: XY;
		minX: number;
		minY: number;
		maxX: number;
		maxY: number;
	}[] = [];

	constructor(lines: Position[][] = []) {
		for (const line of lines) this.add(line);
	}

	add(line: Position[]): void {
		for (let i = 1; i < line.length; i++) {
			const a = project(line[i - 1]!);
			const b = project(line[i]!);
			this.segs.push({
				a,
				b,
				minX: Math.min(a[0], b[0]),
				minY: Math.min(a[1], b[1]),
				maxX: Math.max(a[0], b[0]),
				maxY: Math.max(a[1], b[1])
			});
		}
	}

	/** True when `p` lies within `tolerance` metres of any segment. */
	near(p: Position, tolerance: number): boolean {
		const q = project(p);
		for (const s of this.segs) {
			if (
				q[0] < s.minX - tolerance ||
				q[0] > s.maxX + tolerance ||
				q[1] < s.minY - tolerance ||
				q[1] > s.maxY + tolerance
			) {
				continue;
			}
			if (distToSegment(q, s.a, s.b) <= tolerance) return true;
		}
		return false;
	}
}

function midpoint(a: Position, b: Position): Position {
	return [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
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
		const covered = near[i - 1]! && near[i]! && index.near(midpoint(a, b), tolerance);
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
 * The edges two polygon rings share (within `tolerance` metres), as lines. The ring is walked from a
 * vertex that is not shared, so a shared stretch that spans the ring's start comes out in one piece.
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

function gapMetres(a: Position, b: Position): number {
	const p = project(a);
	const q = project(b);
	return Math.hypot(p[0] - q[0], p[1] - q[1]);
}

/**
 * Chains lines whose ends meet (within `tolerance` metres), reversing pieces where needed, so a road
 * built from many routed pieces becomes as few lines as possible. Deterministic for a given input order.
 */
export function joinLines(lines: Position[][], tolerance: number): Position[][] {
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
				if (gapMetres(tail, lHead) <= tolerance) joined = [...chain, ...l.slice(1)];
				else if (gapMetres(tail, lTail) <= tolerance)
					joined = [...chain, ...l.slice(0, -1).reverse()];
				else if (gapMetres(lTail, head) <= tolerance) joined = [...l, ...chain.slice(1)];
				else if (gapMetres(lHead, head) <= tolerance)
					joined = [...l.slice().reverse(), ...chain.slice(1)];
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

/** Length of a line in metres. */
export function lineLengthMetres(line: Position[]): number {
	let total = 0;
	for (let i = 1; i < line.length; i++) total += gapMetres(line[i - 1]!, line[i]!);
	return total;
}

/** Planar area of a ring in m² (shoelace in local metres); sign ignored. */
export function ringAreaM2(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		const [x1, y1] = project(ring[i - 1]!);
		const [x2, y2] = project(ring[i]!);
		sum += x1 * y2 - x2 * y1;
	}
	return Math.abs(sum) / 2;
}

export function polygonsOf(geometry: Areal): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Polygon for one part, MultiPolygon for several, null for none. */
export function fromPolygons(polygons: Position[][][]): Areal | null {
	if (polygons.length === 0) return null;
	if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
	return { type: 'MultiPolygon', coordinates: polygons };
}

export function linesOf(geometry: Linear): Position[][] {
	return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

/** LineString for one line, MultiLineString for several, null for none. */
export function fromLines(lines: Position[][]): Linear | null {
	const kept = lines.filter((l) => l.length >= 2);
	if (kept.length === 0) return null;
	if (kept.length === 1) return { type: 'LineString', coordinates: kept[0]! };
	return { type: 'MultiLineString', coordinates: kept };
}

/**
 * Drops polygon parts and holes below the given areas: digitised blocks leave slivers of a few m²
 * between neighbours that would otherwise show up as pin-holes in a dissolved fill.
 */
export function dropSmallParts(
	geometry: Areal,
	minPartM2: number,
	minHoleM2: number = minPartM2
): Areal | null {
	const kept: Position[][][] = [];
	for (const [outer, ...holes] of polygonsOf(geometry)) {
		if (!outer || ringAreaM2(outer) < minPartM2) continue;
		kept.push([outer, ...holes.filter((h) => ringAreaM2(h) >= minHoleM2)]);
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
	const [w, s, e, n] = bbox;
	const inside = (p: Position) =>
		(p[0] ?? NaN) >= w && (p[0] ?? NaN) <= e && (p[1] ?? NaN) >= s && (p[1] ?? NaN) <= n;
	const out: Position[][] = [];
	for (const line of lines) {
		let run: Position[] = [];
		for (let i = 0; i < line.length; i++) {
			const p = line[i]!;
			if (inside(p)) {
				if (run.length === 0 && i > 0) run.push(edgePoint(line[i - 1]!, p, bbox));
				run.push(p);
			} else {
				if (run.length) {
					run.push(edgePoint(p, run[run.length - 1]!, bbox));
					out.push(run);
					run = [];
				} else if (i > 0) {
					// both ends outside: the segment may still cross the box
					const crossing = segmentInBox(line[i - 1]!, p, bbox);
					if (crossing) out.push(crossing);
				}
			}
		}
		if (run.length >= 2) out.push(run);
	}
	return out.filter((l) => l.length >= 2);
}

/** Liang–Barsky: the part of segment a–b inside the box, or null. */
function segmentInBox(a: Position, b: Position, bbox: BBox): Position[] | null {
	const [w, s, e, n] = bbox;
	const x0 = a[0]!;
	const y0 = a[1]!;
	const dx = b[0]! - x0;
	const dy = b[1]! - y0;
	let t0 = 0;
	let t1 = 1;
	const checks: [number, number][] = [
		[-dx, x0 - w],
		[dx, e - x0],
		[-dy, y0 - s],
		[dy, n - y0]
	];
	for (const [p, q] of checks) {
		if (p === 0) {
			if (q < 0) return null;
		} else {
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
		}
	}
	if (t0 >= t1) return null;
	return [
		[x0 + t0 * dx, y0 + t0 * dy],
		[x0 + t1 * dx, y0 + t1 * dy]
	];
}

/** Where the segment from `outside` to `inside` crosses the box edge. */
function edgePoint(outside: Position, inside: Position, bbox: BBox): Position {
	const seg = segmentInBox(outside, inside, bbox);
	return seg ? seg[0]! : inside;
}

/** Parameters along a–b (0..1, exclusive) where it crosses segment c–d. */
function crossings(a: Position, b: Position, c: Position, d: Position): number[] {
	const rx = b[0]! - a[0]!;
	const ry = b[1]! - a[1]!;
	const sx = d[0]! - c[0]!;
	const sy = d[1]! - c[1]!;
	const denom = rx * sy - ry * sx;
	if (denom === 0) return [];
	const t = ((c[0]! - a[0]!) * sy - (c[1]! - a[1]!) * sx) / denom;
	const u = ((c[0]! - a[0]!) * ry - (c[1]! - a[1]!) * rx) / denom;
	return t > 0 && t < 1 && u >= 0 && u <= 1 ? [t] : [];
}

/**
 * The parts of lines inside a polygon: every segment is cut where it crosses the polygon's rings and
 * the pieces whose middle lies inside are kept. Used to stop boundary lines drawn on one source's
 * coastline from running into the sea of another's.
 */
export function clipLinesToPolygon(lines: Position[][], polygon: Areal): Position[][] {
	const rings = polygonsOf(polygon).flat();
	const out: Position[][] = [];
	for (const line of lines) {
		let run: Position[] = [];
		const flush = () => {
			if (run.length >= 2) out.push(run);
			run = [];
		};
		for (let i = 1; i < line.length; i++) {
			const a = line[i - 1]!;
			const b = line[i]!;
			const ts = [0, 1];
			for (const ring of rings) {
				for (let k = 1; k < ring.length; k++) ts.push(...crossings(a, b, ring[k - 1]!, ring[k]!));
			}
			ts.sort((x, y) => x - y);
			const at = (t: number): Position => [
				a[0]! + t * (b[0]! - a[0]!),
				a[1]! + t * (b[1]! - a[1]!)
			];
			for (let k = 1; k < ts.length; k++) {
				const t0 = ts[k - 1]!;
				const t1 = ts[k]!;
				if (t1 - t0 < 1e-12) continue;
				if (booleanPointInPolygon(at((t0 + t1) / 2), polygon)) {
					const start = at(t0);
					const last = run[run.length - 1];
					if (!last || last[0] !== start[0] || last[1] !== start[1]) {
						flush();
						run.push(start);
					}
					run.push(at(t1));
				} else {
					flush();
				}
			}
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
