/**
 * The map root's effects, one per behaviour: keyboard picking on the canvas, the date as incremental
 * feature-states, and bringing a feature into view. Each is called while the map root initialises and
 * reads the map through a getter, so it runs again once the map exists.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { tick, untrack } from 'svelte';
import type { Bounds } from '$lib/geo/bounds';
import { m } from '$lib/paraglide/messages';
import type { DateWindow } from '$lib/view/view-state';
import { stateChanges, type Timelines } from './date-states';
import { applyStates } from './query';
import { revealPadding } from './views';

/** Enter picks the feature under the centre ring, Escape clears, beside MapLibre's own arrow keys. */
export function keyboardPicking(
	getMap: () => MapLibreMap | undefined,
	onpick: (map: MapLibreMap) => void,
	onclear: () => void
) {
	$effect(() => {
		const map = getMap();
		const canvas = map?.getCanvas();
		if (!map || !canvas) return;
		const onkeydown = (e: KeyboardEvent) => {
			if (e.key === 'Enter') onpick(map);
			else if (e.key === 'Escape') onclear();
		};
		canvas.setAttribute('aria-label', m.map_keyboard_help());
		canvas.addEventListener('keydown', onkeydown);
		return () => canvas.removeEventListener('keydown', onkeydown);
	});
}

/** The date: only the feature-states that change since the last step are set. */
export function dateStates(
	getMap: () => MapLibreMap | undefined,
	getTimelines: () => Timelines | null,
	getDate: () => DateWindow
) {
	let shown: DateWindow | null = null;
	$effect(() => {
		const map = getMap();
		const timelines = getTimelines();
		const next = getDate();
		if (!map || !timelines) return;
		const updates = stateChanges(timelines, shown, next);
		const apply = () => {
			if (!applyStates(map, updates)) return false;
			shown = next;
			return true;
		};
		if (!apply()) map.once('idle', apply);
	});
}

/**
 * Flies to a feature chosen outside the map, then clears the request. The feature lands in the part
 * of the map the panel leaves in sight (`covered`: px under the phone sheet), read once the update
 * that chose it has settled, as the same choice opens the sheet.
 */
export function revealFeature(
	getMap: () => MapLibreMap | undefined,
	getRequest: () => string | null,
	bounds: () => Record<string, Bounds>,
	covered: () => number,
	done: () => void
) {
	$effect(() => {
		const map = getMap();
		const id = getRequest();
		const b = id ? bounds()[id] : undefined;
		if (!map || !b) return;
		done();
		tick().then(() => {
			const padding = revealPadding(map.getContainer().clientHeight, untrack(covered));
			map.fitBounds(b, { padding, maxZoom: 15, duration: 600 });
		});
	});
}
