/**
 * Shared UI state of the explorer: which layers are visible, what is selected, whether the map is ready.
 * UI components read and write this; only the map components turn it into map calls.
 */
import { getContext, setContext } from 'svelte';
import { DATASET_IDS, type DatasetId } from '$lib/data/registry';
import { PERIOD_DAYS } from '$lib/data/schemas/common';

export type MapStatus = 'loading' | 'busy' | 'idle' | 'error';

export interface Selection {
	dataset: DatasetId;
	id: string;
	/** True when chosen outside the map (a list), so the map should bring it into view. */
	reveal: boolean;
}

export class MapUiState {
	visible = $state<Record<DatasetId, boolean>>(
		Object.fromEntries(DATASET_IDS.map((id) => [id, true])) as Record<DatasetId, boolean>
	);
	selected = $state<Selection | null>(null);
	/** The map shows the situation as of this day: strikes up to it, orders issued by it, statuses on it. */
	asOf = $state<string>(PERIOD_DAYS.to);
	status = $state<MapStatus>('loading');
	error = $state<string | null>(null);

	toggle(id: DatasetId, on = !this.visible[id]) {
		this.visible[id] = on;
		if (!on && this.selected?.dataset === id) this.selected = null;
	}

	select(dataset: DatasetId, id: string, reveal = false) {
		this.selected = { dataset, id, reveal };
	}

	clear() {
		this.selected = null;
	}
}

const KEY = Symbol('map-ui');

export function provideMapUi(state = new MapUiState()): MapUiState {
	return setContext(KEY, state);
}

export function useMapUi(): MapUiState {
	const state = getContext<MapUiState | undefined>(KEY);
	if (!state) throw new Error('useMapUi() needs provideMapUi() in a parent component');
	return state;
}
