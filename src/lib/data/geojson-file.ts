/**
 * Validating curated GeoJSON files: structure, geometry type and shape (valid positions, closed rings,
 * no polygon crossing itself), coordinates inside the project's area, and properties against the
 * dataset's valibot schema.
 */
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import * as v from 'valibot';
import type { KnownCrossing } from '../datasets/define';
import { flatRings, selfCrossings, shapeProblems } from '../geo/validity';
import { recordLabel } from './characters';
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
	const [lon, lat] = p as [number, number];
	return lon < box.west || lon > box.east || lat < box.south || lat > box.north;
}

/** At most this many shape problems per feature: a thousand broken positions need only a few lines. */
const SHOWN = 5;

const place = (at: readonly number[]) => `[${at.join(', ')}]`;

/** Self-crossings of an areal feature that no known crossing allows, and allowed ones now gone. */
function crossingMessages(geometry: Polygon | MultiPolygon, known?: KnownCrossing): string[] {
	const found = selfCrossings(geometry);
	const allowed = new Set((known?.at ?? []).map((p) => p.join(',')));
	const unknown = found.filter((p) => !allowed.has(p.join(',')));
	const messages: string[] = [];
	if (unknown.length)
		messages.push(
			`crosses itself at ${place(unknown[0]!)}` +
				(unknown.length > 1 ? ` and ${unknown.length - 1} more place(s)` : '')
		);
	const foundKeys = new Set(found.map((p) => p.join(',')));
	for (const p of known?.at ?? [])
		if (!foundKeys.has(p.join(',')))
			messages.push(
				`no longer crosses itself at ${place(p)}: remove it from the file's known crossings`
			);
	return messages;
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
	box: Bbox,
	knownCrossings: readonly KnownCrossing[] = []
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
		const record =
			recordLabel(typeof props.id === 'string' ? props.id : undefined) ?? `feature ${index + 1}`;
		const geometry = feature?.geometry;
		if (!geometry || typeof geometry !== 'object' || !types.includes(geometry.type as G['type'])) {
			issues.push({
				file,
				record,
				field: 'geometry',
				message: `must be ${types.join(' or ')}, got ${String(geometry?.type ?? 'none')}`
			});
			return;
		}
		const geometryIssue = (message: string) =>
			issues.push({ file, record, field: 'geometry', message });
		const shape = shapeProblems(geometry);
		shape.slice(0, SHOWN).forEach(geometryIssue);
		if (shape.length > SHOWN) geometryIssue(`and ${shape.length - SHOWN} more problems`);
		const bad = shape.length ? undefined : positions(geometry).find((p) => outside(p, box));
		if (bad) geometryIssue(`coordinate ${place(bad)} lies outside the project's area`);
		if (!shape.length && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
			const known = knownCrossings.find((k) => k.record === record);
			const crossings = crossingMessages(geometry, known);
			crossings.forEach(geometryIssue);
			if (!crossings.length) flatRings(geometry).forEach(geometryIssue);
		}
		const result = v.safeParse(schema, props);
		if (!result.success) issues.push(...issuesFrom(file, record, result.issues));
		else features.push({ type: 'Feature', properties: result.output, geometry: geometry as G });
	});
	const records = new Set(features.map((f) => (f.properties as { id?: unknown }).id));
	for (const k of knownCrossings)
		if (!records.has(k.record))
			issues.push({
				file,
				record: k.record,
				field: 'geometry',
				message: 'is listed with known crossings but the file has no such feature'
			});
	if (issues.length) throw new DataError(issues);
	return { type: 'FeatureCollection', features };
}
