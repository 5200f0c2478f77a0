/**
 * The phone bottom sheet's states and how a drag of its handle ends: pure, so the snapping is tested
 * without a browser. The sheet has three heights — peek (the handle and the time controls), half and
 * full — and a drag ends at the one nearest to where the sheet would come to rest, projecting its
 * speed forward as phone map apps do, so a flick goes on to the next state. A movement shorter than
 * `TAP_DISTANCE` is a tap, not a drag.
 *
 * Offsets and velocities grow with the sheet: a positive offset is the pointer moved up (the sheet
 * taller), in CSS pixels; velocities are in pixels per millisecond.
 */

export const SHEET_STATES = ['peek', 'half', 'full'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** The height of each state, in CSS pixels. */
export type SheetHeights = Record<SheetState, number>;

/** A pointer that moves less than this (px) has tapped the handle. */
export const TAP_DISTANCE = 8;
/** How far ahead (ms) the sheet's speed at release is projected to find where it would rest. */
export const PROJECTION_MS = 200;
/** Only the pointer's last moves (ms before release) count towards its speed. */
export const VELOCITY_WINDOW_MS = 100;

/** Half and full as shares of the viewport's height. */
export const HALF_SHARE = 0.5;
export const FULL_SHARE = 0.9;

/** The next state a tap (or Enter, or Space) on the handle opens: peek → half → full → peek. */
export function nextState(state: SheetState): SheetState {
	return SHEET_STATES[(SHEET_STATES.indexOf(state) + 1) % SHEET_STATES.length] ?? state;
}

/** One state taller (`by` 1, ArrowUp) or shorter (`by` -1, ArrowDown), stopping at full and peek. */
export function stepState(state: SheetState, by: 1 | -1): SheetState {
	const i = Math.min(SHEET_STATES.length - 1, Math.max(0, SHEET_STATES.indexOf(state) + by));
	return SHEET_STATES[i] ?? state;
}

/**
 * The heights for a viewport `viewport` px tall whose peek content is `peek` px tall. Half and full
 * never fall below the state before them, so the order holds on a very short screen.
 */
export function sheetHeights(viewport: number, peek: number): SheetHeights {
	const full = Math.round(viewport * FULL_SHARE);
	const peekHeight = Math.min(peek, full);
	const half = Math.min(full, Math.max(peekHeight, Math.round(viewport * HALF_SHARE)));
	return { peek: peekHeight, half, full };
}

/** The sheet's height while its handle is dragged `offset` px from `from`, kept within peek–full. */
export function dragHeight(heights: SheetHeights, from: SheetState, offset: number): number {
	return clamp(heights[from] + offset, heights.peek, heights.full);
}

/** Whether a pointer that moved `offset` px in all has tapped rather than dragged. */
export function isTap(offset: number): boolean {
	return Math.abs(offset) < TAP_DISTANCE;
}

/** The state nearest to `height` (the shorter one on a tie). */
export function nearestState(heights: SheetHeights, height: number): SheetState {
	let best: SheetState = 'peek';
	for (const state of SHEET_STATES) {
		if (Math.abs(heights[state] - height) < Math.abs(heights[best] - height)) best = state;
	}
	return best;
}

/**
 * Where a drag that began at `from` and moved `offset` px at `velocity` px/ms on release comes to
 * rest. A tap leaves the state as it was (the handle's click handles taps).
 */
export function snapAfterDrag(
	heights: SheetHeights,
	from: SheetState,
	offset: number,
	velocity: number
): SheetState {
	if (isTap(offset)) return from;
	const projected = dragHeight(heights, from, offset) + velocity * PROJECTION_MS;
	return nearestState(heights, clamp(projected, heights.peek, heights.full));
}

/** A pointer's position (clientY, px) at a time (ms). */
export interface PointerSample {
	y: number;
	t: number;
}

/**
 * The sheet's speed (px/ms, positive = growing) from the pointer's samples, oldest first: over the
 * last `VELOCITY_WINDOW_MS` before the last sample, so a drag that stopped before release has none.
 */
export function releaseVelocity(samples: readonly PointerSample[]): number {
	const last = samples.at(-1);
	if (!last) return 0;
	const first = samples.find((s) => last.t - s.t <= VELOCITY_WINDOW_MS) ?? last;
	const dt = last.t - first.t;
	// The pointer moving up (y falling) grows the sheet.
	return dt > 0 ? (first.y - last.y) / dt : 0;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}
