/**
 * Where a feature is, for bringing a selection chosen from a list into view.
 */
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';

export type Bounds = [number, number, number, number];

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The bounding box [west, south, east, north] of every feature, by `properties.id`; features sharing
 * an id (an area and its label point) share one box. Computed at build, so the explorer can bring a
 * selection into view without holding the geometry.
 */
export function boundsById(fc: FeatureCollection): Record<string, Bounds> {
	const out: Record<string, Bounds> = {};
	for (const f of fc.features) {
		const id = f.properties?.id;
		if (typeof id !== 'string' || id in out) continue;
		out[id] = bbox(f).map(round6) as Bounds;
	}
	return out;
}
