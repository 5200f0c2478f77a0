/**
 * What the map has drawn, asked through MapLibre: feature counts per layer (the test and status
 * signal), features near a point for picking, and applying feature-states once their sources exist.
 * Features hidden by the date control (feature-state `future`) count as not drawn.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { StateUpdate } from './date-states';
import type { RenderedFeature } from './pick';

/** Layers whose rendered counts the map root exposes. */
export const COUNTED_LAYERS = [
	'strikes-point',
	'shelter-population-fill',
	'aid-corridors-route',
	'aid-corridors-crossing',
	'evacuation-orders-fill',
	'places-hospital',
	'places-label-major'
];

const LABEL_LAYERS = ['places-label-major', 'places-label-minor'];

export function renderedCounts(map: MapLibreMap): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const id of COUNTED_LAYERS) {
		if (!map.getLayer(id)) continue;
		counts[id] = map.queryRenderedFeatures({ layers: [id] }).filter((f) => !f.state?.future).length;
	}
	// Labels that carry an Arabic name: shaped right-to-left once the RTL plugin has loaded.
	counts['arabic-labels'] = map
		.queryRenderedFeatures({ layers: LABEL_LAYERS.filter((id) => map.getLayer(id)) })
		.filter((f) => typeof f.properties?.name_ar === 'string').length;
	return counts;
}

/** Drawn features of `layers` within `radius` px of `point`, with their distance to it. */
export function featuresNear(
	map: MapLibreMap,
	point: { x: number; y: number },
	radius: number,
	layers: readonly string[]
): RenderedFeature[] {
	const box: [PointLike, PointLike] = [
		[point.x - radius, point.y - radius],
		[point.x + radius, point.y + radius]
	];
	const present = layers.filter((id) => map.getLayer(id));
	return map
		.queryRenderedFeatures(box, { layers: present })
		.filter((f) => !f.state?.future)
		.map((f) => {
			// Areas and lines count as under the point; points by their distance from it.
			const at =
				f.geometry.type === 'Point'
					? map.project(f.geometry.coordinates as [number, number])
					: point;
			return {
				layerId: f.layer.id,
				id: f.properties?.id,
				distance: Math.hypot(at.x - point.x, at.y - point.y)
			};
		});
}

/** Sets the feature-states; false when a source is not on the map yet (call again later). */
export function applyStates(map: MapLibreMap, updates: readonly StateUpdate[]): boolean {
	if (!updates.every((u) => map.getSource(u.source))) return false;
	for (const u of updates) map.setFeatureState({ source: u.source, id: u.id }, u.state);
	return true;
}
