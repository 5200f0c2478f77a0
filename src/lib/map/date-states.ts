/**
 * The feature-states that show the situation on the chosen days. Every feature's timeline (each map
 * layer states its own in the map registry) is computed once, as one value per day of the period: whether a dated feature is hidden (a strike not yet
 * happened, an order not yet issued, or outside a from–to window) and each crossing's and hospital's
 * last sourced status. A date step then emits only the states that change. Feature-state changes
 * repaint without re-tiling, so a step costs no worker round trip.
 */
import { addDays, dateAt, dayCount, indexOf, inWindow } from '$lib/data/dates';
import type { EvidenceGrade } from '$lib/data/evidence';
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
	/** Stays in force once issued (an order): shown up to the day even before a window starts. */
	persists?: boolean;
	/** How well it is sourced (strikes): hidden when the reader filters that grade out. */
	grade?: EvidenceGrade;
}

/**
 * What the map shows: the days, and the evidence grades a reader keeps (all when left out). Both are
 * feature-states, so changing either repaints without re-tiling.
 */
export type Shown = DateWindow & { grades?: readonly EvidenceGrade[] };

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
	| {
			kind: 'dated';
			persists?: boolean;
			features: (s: ExplorerRecords) => { id: string; date: string; grade?: EvidenceGrade }[];
	  }
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
		if (t.kind === 'dated')
			for (const f of t.features(s)) dated.push({ source, ...f, persists: t.persists });
		else
			for (const f of t.features(s))
				statused.push({ source, id: f.id, byDay: days.map((d) => f.statusOn(d)) });
	}
	return { dated, statused };
}

/** Events of the last days of the window stand out (drawn brighter), as in a daily situation map. */
export const RECENT_DAYS = 3;

/** A window with the day its recent days start after, worked out once per step, not per feature. */
interface WindowRule {
	window: DateWindow;
	recentAfter: string;
	grades: ReadonlySet<EvidenceGrade> | null;
}

const ruleOf = ({ grades, ...window }: Shown): WindowRule => ({
	window,
	recentAfter: addDays(window.to, -RECENT_DAYS),
	grades: grades ? new Set(grades) : null
});

/**
 * How a dated feature is drawn: hidden outside the window or when its grade is filtered out, recent in
 * the window's last days.
 */
function dateState(f: Dated, r: WindowRule): 'hidden' | 'recent' | 'shown' {
	const date = f.date;
	if (f.grade !== undefined && r.grades !== null && !r.grades.has(f.grade)) return 'hidden';
	if (f.persists ? date > r.window.to : !inWindow(date, r.window)) return 'hidden';
	return date > r.recentAfter ? 'recent' : 'shown';
}

/**
 * The states to set when the map goes from `previous` to `next` (all of them when `previous` is null,
 * as on the first paint).
 */
export function stateChanges(t: Timelines, previous: Shown | null, next: Shown): StateUpdate[] {
	const updates: StateUpdate[] = [];
	const nextRule = ruleOf(next);
	const previousRule = previous && ruleOf(previous);
	for (const f of t.dated) {
		const state = dateState(f, nextRule);
		if (previousRule === null || dateState(f, previousRule) !== state)
			updates.push({
				source: f.source,
				id: f.id,
				state: { hidden: state === 'hidden', recent: state === 'recent' }
			});
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

/** How many of each dated layer's features the window (and grade filter) shows, of how many there are. */
export function shownCounts(
	t: Timelines,
	w: Shown
): Partial<Record<LayerId, { shown: number; total: number }>> {
	const counts: Partial<Record<LayerId, { shown: number; total: number }>> = {};
	const rule = ruleOf(w);
	for (const f of t.dated) {
		const c = (counts[f.source] ??= { shown: 0, total: 0 });
		c.total++;
		if (dateState(f, rule) !== 'hidden') c.shown++;
	}
	return counts;
}
