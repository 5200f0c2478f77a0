/**
 * The feature-states that show the situation on the chosen days. Every feature's timeline is computed
 * once, as one value per day of the period: whether a dated feature is hidden (a strike not yet
 * happened, an order not yet issued, or outside a from–to window) and each crossing's and hospital's
 * last sourced status. A date step then emits only the states that change. Feature-state changes
 * repaint without re-tiling, so a step costs no worker round trip.
 */
import { dateAt, dayCount, indexOf } from '$lib/data/dates';
import { hospitalStatusOn, statusOn } from '$lib/data/features';
import type { Situation } from '$lib/data/situation';
import type { LayerId } from '$lib/view/layers';
import type { DateWindow } from '$lib/view/view-state';

export interface StateUpdate {
	source: LayerId;
	id: string;
	state: Record<string, string | boolean>;
}

/** A dated feature: shown from its day on (or within the window). */
interface Dated {
	source: LayerId;
	id: string;
	date: string;
}

/** A feature whose status changes: one value per day of the period. */
interface Statused {
	source: LayerId;
	id: string;
	byDay: readonly string[];
}

export interface Timelines {
	dated: readonly Dated[];
	statused: readonly Statused[];
}

type DatedRecords = Pick<
	Situation,
	'strikes' | 'orders' | 'crossings' | 'crossingStatus' | 'places' | 'hospitalStatus'
>;

export function buildTimelines(s: DatedRecords): Timelines {
	const days = Array.from({ length: dayCount() }, (_, i) => dateAt(i));
	const located = <T extends { lon?: number; lat?: number }>(rows: readonly T[]) =>
		rows.filter((r) => r.lon !== undefined && r.lat !== undefined);
	return {
		dated: [
			...s.strikes.map((r) => ({ source: 'strikes' as const, id: r.id, date: r.date })),
			...s.orders.features.map((f) => ({
				source: 'evacuation-orders' as const,
				id: f.properties.id,
				date: f.properties.issued
			}))
		],
		statused: [
			...located(s.crossings).map((c) => ({
				source: 'aid-corridors' as const,
				id: c.id,
				byDay: days.map((d) => statusOn(s.crossingStatus, c.id, d) ?? 'unknown')
			})),
			...located(s.places)
				.filter((p) => p.kind === 'hospital' || p.kind === 'field hospital')
				.map((p) => ({
					source: 'hospitals' as const,
					id: p.id,
					byDay: days.map((d) => hospitalStatusOn(s.hospitalStatus, p.id, d) ?? 'unknown')
				}))
		]
	};
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
