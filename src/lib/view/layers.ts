/**
 * The layers a reader can switch on and off, in drawing-panel order, and the dataset each one draws.
 * Layer ids are what the address lists (`l=strikes,hospitals`), the map source ids and the prefixes of
 * the style's layer ids. Most layers are named after their dataset; the places gazetteer is drawn as
 * its hospitals.
 */
import type { DatasetId } from '../datasets/ids';

export const LAYER_IDS = [
	'strikes',
	'shelter-population',
	'aid-corridors',
	'evacuation-orders',
	'hospitals',
	'ground-operations',
	'damage'
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const LAYER_DATASET = {
	strikes: 'strikes',
	'shelter-population': 'shelter-population',
	'aid-corridors': 'aid-corridors',
	'evacuation-orders': 'evacuation-orders',
	hospitals: 'places',
	'ground-operations': 'ground-operations',
	damage: 'damage'
} as const satisfies Record<LayerId, DatasetId>;

/**
 * Layers a reader switches on rather than off: the damage choropleth shows an assessment made long
 * after the period, so the default view (and every address without `l=`) leaves it out and keeps
 * meaning what it meant before the layer existed.
 */
export const OFF_BY_DEFAULT: readonly LayerId[] = ['damage'];

/** The layers of the default view, in registry order. */
export const DEFAULT_LAYERS: readonly LayerId[] = LAYER_IDS.filter(
	(id) => !OFF_BY_DEFAULT.includes(id)
);

export function isLayerId(value: string): value is LayerId {
	return (LAYER_IDS as readonly string[]).includes(value);
}
