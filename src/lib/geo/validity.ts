/**
 * Whether a curated geometry is what its type promises: positions that are pairs of finite numbers,
 * lines of at least two positions, polygon rings that are closed, have at least four positions and
 * enclose an area, and polygons that do not cross themselves (a bow-tie's area, centre and containment
 * tests are all wrong). JSON gives no such guarantee, so the gate checks before anything computes.
 */
import { area, kinks, polygon } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

function positionProblem(p: unknown, where: string): string | undefined {
	const ok =
		Array.isArray(p) &&
		(p.length === 2 || p.length === 3) &&
		p.every((n) => typeof n === 'number' && Number.isFinite(n));
	return ok ? undefined : `${where} is not a [lon, lat] pair of numbers`;
}

function listProblem(list: unknown, what: string): string | undefined {
	return Array.isArray(list) ? undefined : `${what} must be a list`;
}

function positionsProblems(list: unknown, where: string): string[] {
	const bad = listProblem(list, where);
	if (bad) return [bad];
	return (list as unknown[]).flatMap(
		(p, i) => positionProblem(p, `position ${i + 1} of ${where}`) ?? []
	);
}

function lineProblems(line: unknown, where: string): string[] {
	const bad = positionsProblems(line, where);
	if (bad.length) return bad;
	const n = (line as Position[]).length;
	return n < 2 ? [`${where} has ${n} position${n === 1 ? '' : 's'}; a line needs at least 2`] : [];
}

function ringProblems(ring: unknown, where: string): string[] {
	const bad = positionsProblems(ring, where);
	if (bad.length) return bad;
	const r = ring as Position[];
	const problems: string[] = [];
	if (r.length < 4)
		problems.push(
			`${where} has ${r.length} positions; a ring needs at least 4 (a closed triangle)`
		);
	const first = r[0];
	const last = r[r.length - 1];
	if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
		problems.push(`${where} is not closed: its last position must repeat its first`);
	return problems;
}

/** `part` names a polygon of a MultiPolygon ("polygon 2"); a lone Polygon's rings need no prefix. */
function polygonProblems(rings: unknown, part?: string): string[] {
	const bad = listProblem(rings, part ?? 'the polygon');
	if (bad) return [bad];
	const list = rings as unknown[];
	if (list.length === 0) return [`${part ?? 'the polygon'} has no rings`];
	return list.flatMap((ring, i) => ringProblems(ring, `${part ? `${part}, ` : ''}ring ${i + 1}`));
}

/** What is wrong with the shape of `geometry`, as sentences naming the part; empty when nothing is. */
export function shapeProblems(geometry: Geometry): string[] {
	if (geometry.type === 'GeometryCollection') {
		const bad = listProblem(geometry.geometries, 'the geometries');
		return bad
			? [bad]
			: geometry.geometries.flatMap((g) =>
					g && typeof g === 'object' ? shapeProblems(g) : ['a geometry is not an object']
				);
	}
	const coordinates: unknown = geometry.coordinates;
	const parts = (part: string, check: (x: unknown, where: string) => string[]) => {
		const bad = listProblem(coordinates, 'the coordinates');
		if (bad) return [bad];
		return (coordinates as unknown[]).flatMap((x, i) => check(x, `${part} ${i + 1}`));
	};
	switch (geometry.type) {
		case 'Point': {
			const bad = positionProblem(coordinates, 'the point');
			return bad ? [bad] : [];
		}
		case 'MultiPoint':
			return positionsProblems(coordinates, 'the points');
		case 'LineString':
			return lineProblems(coordinates, 'the line');
		case 'MultiLineString':
			return parts('line', lineProblems);
		case 'Polygon':
			return polygonProblems(coordinates);
		case 'MultiPolygon':
			return parts('polygon', polygonProblems);
	}
}

/**
 * Rings of a well-shaped polygon that enclose no area: under a square metre, as when every position
 * lies on one line (rounding keeps such a ring's area from being exactly 0). Asked after
 * `selfCrossings`: a symmetric bow-tie's two halves cancel out to no area too, and its crossing is the
 * better message.
 */
export function flatRings(geometry: Polygon | MultiPolygon): string[] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygons.flatMap((rings, p) =>
		rings.flatMap((r, i) =>
			area(polygon([r])) < 1
				? [
						`${geometry.type === 'Polygon' ? '' : `polygon ${p + 1}, `}ring ${i + 1} encloses no area`
					]
				: []
		)
	);
}

/** Where a polygon's edges cross (its own or another ring's), rounded to 5 decimals (about 1 m). */
export function selfCrossings(geometry: Polygon | MultiPolygon): [number, number][] {
	const round = (n: number) => Math.round(n * 1e5) / 1e5;
	const seen = new Map<string, [number, number]>();
	for (const k of kinks(geometry).features) {
		const [lon, lat] = k.geometry.coordinates as [number, number];
		const at: [number, number] = [round(lon), round(lat)];
		seen.set(at.join(','), at);
	}
	return [...seen.values()];
}
