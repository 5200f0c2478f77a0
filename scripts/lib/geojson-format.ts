/**
 * Canonical text form for the project's GeoJSON files: one feature per line so diffs stay readable,
 * stable key order and 6-decimal coordinates (about 0.1 m) so re-running a derivation is byte-identical.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** 6 decimals is ~0.11 m at Rafah's latitude: finer than any source here, coarse enough to be stable. */
export const COORDINATE_DECIMALS = 6;

const SCALE = 10 ** COORDINATE_DECIMALS;

/** Rounds one ordinate; `+ 0` turns -0 into 0 so the text never shows "-0". */
export function roundOrdinate(value: number): number {
	if (!Number.isFinite(value)) throw new Error(`coordinate ${value} is not a finite number`);
	return Math.round(value * SCALE) / SCALE + 0;
}

/** Keeps lon/lat only: elevations from routers and GPS (e.g. ORS's third value) mean nothing here. */
export function roundPosition(p: Position): Position {
	const [lon, lat] = p;
	if (lon === undefined || lat === undefined) throw new Error('position needs two ordinates');
	return [roundOrdinate(lon), roundOrdinate(lat)];
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a run of positions and drops the repeats rounding can create. */
function roundRun(run: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of run) {
		const r = roundPosition(p);
		const last = out[out.length - 1];
		if (!last || !samePosition(last, r)) out.push(r);
	}
	return out;
}

function roundLine(line: Position[], where: string): Position[] {
	const out = roundRun(line);
	if (out.length < 2) throw new Error(`${where}: line has fewer than 2 distinct positions`);
	return out;
}

function roundRing(ring: Position[], where: string): Position[] {
	const out = roundRun(ring);
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && !samePosition(first, last)) out.push(first);
	if (out.length < 4) throw new Error(`${where}: ring has fewer than 4 positions`);
	return out;
}

/**
 * Geometry with rounded coordinates. Throws when rounding collapses a line or ring, because writing a
 * degenerate geometry silently would hide a derivation bug.
 */
export function roundGeometry<G extends Geometry>(geometry: G, where = 'geometry'): G {
	const g = geometry as Geometry;
	switch (g.type) {
		case 'Point':
			return { type: g.type, coordinates: roundPosition(g.coordinates) } as G;
		case 'MultiPoint':
			return { type: g.type, coordinates: g.coordinates.map(roundPosition) } as G;
		case 'LineString':
			return { type: g.type, coordinates: roundLine(g.coordinates, where) } as G;
		case 'MultiLineString':
			return { type: g.type, coordinates: g.coordinates.map((l) => roundLine(l, where)) } as G;
		case 'Polygon':
			return { type: g.type, coordinates: g.coordinates.map((r) => roundRing(r, where)) } as G;
		case 'MultiPolygon':
			return {
				type: g.type,
				coordinates: g.coordinates.map((poly) => poly.map((r) => roundRing(r, where)))
			} as G;
		case 'GeometryCollection':
			return { type: g.type, geometries: g.geometries.map((x) => roundGeometry(x, where)) } as G;
	}
}

export type FlatValue = string | number | boolean;
export type FlatProperties = Record<string, FlatValue>;

/**
 * Properties in canonical order: `id` first, then keys in code-unit order (not locale order, which
 * varies between machines). Undefined values are dropped; nested or null values are refused because
 * vector tiles and CSV exports cannot carry them.
 */
export function canonicalProperties(
	properties: Record<string, unknown> | null | undefined,
	where = 'feature'
): FlatProperties {
	const input = properties ?? {};
	const keys = Object.keys(input)
		.filter((k) => input[k] !== undefined)
		.sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0));
	const out: FlatProperties = {};
	for (const key of keys) {
		const value = input[key];
		if (typeof value === 'number' && !Number.isFinite(value)) {
			throw new Error(`${where}: property "${key}" is not a finite number`);
		}
		if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
			throw new Error(`${where}: property "${key}" must be a string, number or boolean`);
		}
		out[key] = value;
	}
	return out;
}

function featureId(feature: Feature, index: number): string {
	const id = feature.properties?.id;
	if (typeof id !== 'string' || id === '') {
		throw new Error(`feature ${index + 1} has no string properties.id`);
	}
	return id;
}

/** One feature as a single line: type, id (only if the source had one), properties, geometry. */
function featureLine(feature: Feature, id: string): string {
	if (!feature.geometry) throw new Error(`${id}: feature has no geometry`);
	const out: Record<string, unknown> = { type: 'Feature' };
	if (feature.id !== undefined) out.id = feature.id;
	out.properties = canonicalProperties(feature.properties, id);
	out.geometry = roundGeometry(feature.geometry, id);
	return JSON.stringify(out);
}

/**
 * The canonical text of a FeatureCollection: features sorted by `properties.id` (which must be unique
 * strings), one per line, trailing newline. Other top-level members (name, crs, bbox) are dropped:
 * the project's files are plain WGS84 RFC 7946 GeoJSON.
 */
export function formatFeatureCollection(fc: FeatureCollection): string {
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		throw new Error('not a GeoJSON FeatureCollection');
	}
	const keyed = fc.features.map((f, i) => ({ id: featureId(f, i), f }));
	keyed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (let i = 1; i < keyed.length; i++) {
		if (keyed[i]?.id === keyed[i - 1]?.id) throw new Error(`duplicate feature id ${keyed[i]?.id}`);
	}
	if (keyed.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
	const lines = keyed.map(({ id, f }) => featureLine(f, id));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
