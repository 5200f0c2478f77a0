/**
 * Where a feature is, for bringing a selection chosen from a list into view.
 */
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';

export type Bounds = [number, number, number, number];

/** The bounding box [west, south, east, north] of the feature with `properties.id === id`, or null. */
export function featureBounds(
	collections: readonly FeatureCollection[],
	id: string
): Bounds | null {
	for (const fc of collections) {
		const feature = fc.features.find((f) => f.properties?.id === id);
		if (feature) return bbox(feature) as Bounds;
	}
	return null;
}
