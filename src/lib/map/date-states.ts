/**
 * The feature-states that show the situation on the chosen days. Every feature's timeline (each map
 * layer states its own in the map registry) is computed once, as one value per day of the period: whether a dated feature is hidden (a strike not yet
 * happened, an order not yet issued, or outside a from–to window) and each crossing's and hospital's
 * last sourced status. A date step then emits only the states that change. Feature-state changes
 * repaint without re-tiling, so a step costs no worker round trip.
 */
import { dateAt, dayCount, indexOf } from '$lib/data/dates';
import type { ExplorerRecords } from '$lib/data/explorer-data';
import type { LayerId } from '$lib/view/layers';
import type { DateWindow } from '$lib/view/view-state';

export interface StateUpdate {
	source: LayerId;
	id: string;
	state: Record<string, string | boolean>;
}

/** A dated feature: shown from its day on (or within the window). */
export interface Dated {
	source: LayerId;
	id: string;
	date: string;
}

/** A feature whose status changes: one value per day of the period. */
export interface Statused {
	source: LayerId;
	id: string;
	byDay: readonly string[];
}

export interface Timelines {
	dated: readonly Dated[];
	statused: readonly Statused[];
}

/** What one layer contributes: its dated features, or a status function over the days. */
export type LayerTimeline =
	| { kind: 'dated'; features: (s: ExplorerRecords) => { id: string; date: string }[] }
	| {
			kind: 'status';
			features: (s: ExplorerRecords) => { id: string; statusOn: (date: string) => string }[];
	  };

/** Every layer's timeline, computed once for the whole period. */
export function buildTimelines(
	s: ExplorerRecords,
	layers: Partial<Record<LayerId, LayerTimeline>>
): Timelines {
	const days = Array.from({ length: dayCount() }, (_, i) => dateAt(i));
	const dated: Dated[] = [];
	const statused: Statused[] = [];
	for (const [source, t] of Object.entries(layers) as [LayerId, LayerTimeline][]) {
		if (t.kind === 'dated') for (const f of t.features(s)) dated.push({ source, ...f });
		else
			for (const f of t.features(s))
				statused.push({ source, id: f.id, byDay: days.map((d) => f.statusOn(d)) });
	}
	return { dated, statused };
}

function isHidden(date: string, window: DateWindow): boolean {
	return date > window.to || (window.from !== undefined && date < window.from);
}

/**
 * The states to set when the map goes from `previous` to `next` (all of them when `previous` is null,
 * as on the first paint).
 */
export function stateChanges(
	t: Timelines,
	previous: DateWindow | null,
	next: DateWindow
): StateUpdate[] {
	const updates: StateUpdate[] = [];
	for (const f of t.dated) {
		const hidden = isHidden(f.date, next);
		if (previous === null || isHidden(f.date, previous) !== hidden)
			updates.push({ source: f.source, id: f.id, state: { hidden } });
	}
	const to = indexOf(next.to);
	const from = previous === null ? -1 : indexOf(previous.to);
	for (const f of t.statused) {
		const status = f.byDay[to]!;
		if (from < 0 || f.byDay[from] !== status)
			updates.push({ source: f.source, id: f.id, state: { status } });
	}
	return updates;
}
