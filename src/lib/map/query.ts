/**
 * What the map has drawn, asked through MapLibre: feature counts per layer (the test signal), features
 * near a point for picking, and applying feature-states once their sources exist. A feature counts as
 * drawn only when MapLibre's own evaluation of its paint gives it a visible opacity, so a date step
 * that hides features is checked by what MapLibre paints, not by the flag the app set.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { LAYER_IDS } from '$lib/view/layers';
import type { StateUpdate } from './date-states';
import type { RenderedFeature } from './pick';
import { MAP_LAYERS } from './registry';

/** Layers whose rendered counts tests read: each data layer's main layer, and the basemap labels. */
export const COUNTED_LAYERS = [
	...LAYER_IDS.map((id) => MAP_LAYERS[id].counted),
	'places-label-major',
	'places-label-minor'
];

const LABEL_LAYERS = ['places-label-major', 'places-label-minor'];

/** Labels drawn beneath the strikes, which give way to them (the strikes' keep-out layer). */
const LABELS_UNDER_STRIKES = [
	...LABEL_LAYERS,
	'shelter-population-label',
	'evacuation-orders-label'
];

/** Areas of imprecise locations, drawn for the hovered or selected feature only. */
const FOCUS_AREAS = ['strikes-uncertainty', 'ground-operations-uncertainty'];

const OPACITY: Record<string, string> = {
	circle: 'circle-opacity',
	fill: 'fill-opacity',
	line: 'line-opacity',
	symbol: 'text-opacity'
};

/** The feature's opacity as MapLibre evaluated it for this feature and its state. */
function painted(f: MapGeoJSONFeature): boolean {
	const key = OPACITY[f.layer.type];
	const value = key ? (f.layer.paint as Record<string, unknown> | undefined)?.[key] : undefined;
	return typeof value !== 'number' || value > 0;
}

export function renderedCounts(map: MapLibreMap): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const id of COUNTED_LAYERS) {
		if (!map.getLayer(id)) continue;
		counts[id] = map.queryRenderedFeatures({ layers: [id] }).filter(painted).length;
	}
	// Labels that carry an Arabic name: shaped right-to-left once the RTL plugin has loaded.
	counts['arabic-labels'] = map
		.queryRenderedFeatures({ layers: LABEL_LAYERS.filter((id) => map.getLayer(id)) })
		.filter((f) => typeof f.properties?.name_ar === 'string').length;
	for (const id of FOCUS_AREAS)
		if (map.getLayer(id))
			counts[id] = map.queryRenderedFeatures({ layers: [id] }).filter(painted).length;
	counts['labels-over-strikes'] = labelsOverStrikes(map);
	return counts;
}

/** How many times a label lies over a drawn strike: none, when labels give way as they should. */
function labelsOverStrikes(map: MapLibreMap): number {
	const labels = LABELS_UNDER_STRIKES.filter((id) => map.getLayer(id));
	if (!map.getLayer('strikes-point') || labels.length === 0) return 0;
	let overlaps = 0;
	for (const f of map.queryRenderedFeatures({ layers: ['strikes-point'] }).filter(painted)) {
		if (f.geometry.type !== 'Point') continue;
		const at = map.project(f.geometry.coordinates as [number, number]);
		const radius = (f.layer.paint as Record<string, unknown> | undefined)?.['circle-radius'];
		const r = typeof radius === 'number' ? radius : 5;
		overlaps += map.queryRenderedFeatures(
			[
				[at.x - r, at.y - r],
				[at.x + r, at.y + r]
			],
			{ layers: labels }
		).length;
	}
	return overlaps;
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
		.filter(painted)
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

/** The element tests ask for counts: counted only when asked, never on every idle. */
export interface CountsHost extends HTMLElement {
	renderedCounts?: () => Record<string, number>;
	tileLoads?: () => number;
}

/**
 * Counts the tiles MapLibre builds, loaded first or reloaded, for the benchmark's "tile reloads per
 * step": a date step only changes feature-states, so it should build none.
 */
export function countTileLoads(map: MapLibreMap): () => number {
	let loads = 0;
	map.on('sourcedata', (e) => {
		if (e.tile) loads++;
	});
	return () => loads;
}
