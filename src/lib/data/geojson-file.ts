/**
 * Validating curated GeoJSON files: structure, geometry type, coordinates inside the project's area, and
 * properties against the dataset's valibot schema.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import * as v from 'valibot';
import { DataError, issuesFrom, type DataIssue } from './table';

interface Bbox {
	west: number;
	south: number;
	east: number;
	north: number;
}

function positions(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(positions);
	}
}

function outside(p: Position, box: Bbox): boolean {
	const [lon, lat] = p;
	return (
		typeof lon !== 'number' ||
		typeof lat !== 'number' ||
		lon < box.west ||
		lon > box.east ||
		lat < box.south ||
		lat > box.north
	);
}

/**
 * Parses `text` as a FeatureCollection whose features have one of `types` and properties matching
 * `schema`. Throws a DataError naming file, feature id and field.
 */
export function parseFeatureCollection<G extends Geometry, S extends v.GenericSchema>(
	file: string,
	text: string,
	schema: S,
	types: readonly G['type'][],
	box: Bbox
): FeatureCollection<G, v.InferOutput<S>> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new DataError([
			{ file, record: '(file)', field: '(json)', message: `is not valid JSON: ${String(e)}` }
		]);
	}
	const fc = json as Partial<FeatureCollection>;
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		throw new DataError([
			{ file, record: '(file)', field: 'type', message: 'must be a GeoJSON FeatureCollection' }
		]);
	}
	const issues: DataIssue[] = [];
	const features: Feature<G, v.InferOutput<S>>[] = [];
	fc.features.forEach((feature: Feature, index) => {
		const props = (feature?.properties ?? {}) as Record<string, unknown>;
		const record = typeof props.id === 'string' && props.id ? props.id : `feature ${index + 1}`;
		const geometry = feature?.geometry;
		if (!geometry || !types.includes(geometry.type as G['type'])) {
			issues.push({
				file,
				record,
				field: 'geometry',
				message: `must be ${types.join(' or ')}, got ${geometry?.type ?? 'none'}`
			});
			return;
		}
		const bad = positions(geometry).find((p) => outside(p, box));
		if (bad) {
			issues.push({
				file,
				record,
				field: 'geometry',
				message: `coordinate [${bad.join(', ')}] lies outside the project's area`
			});
		}
		const result = v.safeParse(schema, props);
		if (!result.success) issues.push(...issuesFrom(file, record, result.issues));
		else features.push({ type: 'Feature', properties: result.output, geometry: geometry as G });
	});
	if (issues.length) throw new DataError(issues);
	return { type: 'FeatureCollection', features };
}
