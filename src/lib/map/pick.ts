/**
 * Which feature a click or an Enter key press means, from the features the map reports under the
 * pointer (or around the centre for keyboard users). The pickable layers and their order come from the
 * map registry. Pure, so the rules are tested without a browser.
 */
import { LAYER_IDS, type LayerId } from '$lib/view/layers';
import { MAP_LAYERS } from './registry';

export interface RenderedFeature {
	layerId: string;
	id: unknown;
	/** Distance in pixels from the point asked about; 0 when not known. */
	distance?: number;
}

/** Layers a reader can pick, most specific first: a crossing over the route it sits on, a strike over an area. */
export const PICKABLE_LAYERS: readonly { layer: string; source: LayerId }[] = LAYER_IDS.flatMap(
	(source) => MAP_LAYERS[source].pick.map((p) => ({ ...p, source }))
)
	.sort((a, b) => a.rank - b.rank)
	.map(({ layer, source }) => ({ layer, source }));

export const PICKABLE_LAYER_IDS = PICKABLE_LAYERS.map((l) => l.layer);

/** The feature to select, or null when nothing pickable was hit. */
export function pickFeature(
	features: readonly RenderedFeature[]
): { source: LayerId; id: string } | null {
	for (const { layer, source } of PICKABLE_LAYERS) {
		const hits = features
			.filter((f) => f.layerId === layer && typeof f.id === 'string' && f.id !== '')
			.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
		const hit = hits[0];
		if (hit) return { source, id: hit.id as string };
	}
	return null;
}
