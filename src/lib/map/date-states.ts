/**
 * The feature-states that show the situation as of a date: strikes after it and orders issued after it
 * are hidden, crossings take their last known status. Feature-state changes repaint without re-tiling,
 * so stepping through days costs no worker round trip.
 */
import type { FeatureCollection } from 'geojson';
import { hospitalStatusOn, statusOn } from '$lib/data/features';
import type { CrossingStatus } from '$lib/data/schemas/aid-corridors';
import type { HospitalStatus } from '$lib/data/schemas/places';

export interface StateUpdate {
	source: string;
	id: string;
	state: Record<string, string | boolean>;
}

export interface DatedLayers {
	strikes: FeatureCollection;
	orders: FeatureCollection;
	crossings: FeatureCollection;
	statuses: readonly CrossingStatus[];
	hospitals: FeatureCollection;
	hospitalStatus: readonly HospitalStatus[];
}

const idOf = (f: { properties: unknown }) => String((f.properties as { id: unknown }).id);

export function dateStates(asOf: string, layers: DatedLayers): StateUpdate[] {
	const after = (source: string, fc: FeatureCollection, key: string): StateUpdate[] =>
		fc.features.map((f) => ({
			source,
			id: idOf(f),
			state: { future: String(f.properties?.[key]) > asOf }
		}));
	return [
		...after('strikes', layers.strikes, 'date'),
		...after('evacuation-orders', layers.orders, 'issued'),
		...layers.crossings.features.map((f) => ({
			source: 'aid-corridors-crossings',
			id: idOf(f),
			state: { status: statusOn(layers.statuses, idOf(f), asOf) ?? 'unknown' }
		})),
		...layers.hospitals.features.map((f) => ({
			source: 'places',
			id: idOf(f),
			state: { status: hospitalStatusOn(layers.hospitalStatus, idOf(f), asOf) ?? 'unknown' }
		}))
	];
}
