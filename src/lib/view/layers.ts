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

export function isLayerId(value: string): value is LayerId {
	return (LAYER_IDS as readonly string[]).includes(value);
}
