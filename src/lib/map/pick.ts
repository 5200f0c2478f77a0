/**
 * Which feature a click or an Enter key press means, from the features the map reports under the
 * pointer (or around the centre for keyboard users). Pure, so the rules are tested without a browser.
 */
import type { DatasetId } from '$lib/data/registry';

export interface RenderedFeature {
	layerId: string;
	id: unknown;
	/** Distance in pixels from the point asked about; 0 when not known. */
	distance?: number;
}

/** Layers a reader can pick, most specific first: a crossing over the route it sits on, a strike over an area. */
export const PICKABLE_LAYERS: readonly { layer: string; dataset: DatasetId }[] = [
	{ layer: 'aid-corridors-crossing', dataset: 'aid-corridors' },
	{ layer: 'places-hospital', dataset: 'places' },
	{ layer: 'strikes-point', dataset: 'strikes' },
	{ layer: 'strikes-uncertainty', dataset: 'strikes' },
	{ layer: 'aid-corridors-route', dataset: 'aid-corridors' },
	{ layer: 'evacuation-orders-fill', dataset: 'evacuation-orders' },
	{ layer: 'shelter-population-fill', dataset: 'shelter-population' }
];

export const PICKABLE_LAYER_IDS = PICKABLE_LAYERS.map((l) => l.layer);

/** The feature to select, or null when nothing pickable was hit. */
export function pickFeature(
	features: readonly RenderedFeature[]
): { dataset: DatasetId; id: string } | null {
	for (const { layer, dataset } of PICKABLE_LAYERS) {
		const hits = features
			.filter((f) => f.layerId === layer && typeof f.id === 'string' && f.id !== '')
			.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
		const hit = hits[0];
		if (hit) return { dataset, id: hit.id as string };
	}
	return null;
}

/** The map source holding a selected feature (aid corridors keep routes and crossings apart). */
export function sourceOf(dataset: DatasetId, id: string): string {
	if (dataset === 'aid-corridors') {
		return id.startsWith('crossing-') ? 'aid-corridors-crossings' : 'aid-corridors-routes';
	}
	return dataset;
}
