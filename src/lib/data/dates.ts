/**
 * Time, stated once: the period the map covers, the key dates, and the days of the period as positions
 * on a slider, so no component does date arithmetic of its own. UTC throughout: the data's dates are
 * calendar days, not instants.
 */

/** The days the map steps through: the incursion and its aftermath. Events must fall inside it. */
export const EVENT_PERIOD = { from: '2024-05-01', to: '2024-06-30' } as const;

/** Baselines, statuses and figures may start when the war did. */
export const CONTEXT_PERIOD = { from: '2023-10-07', to: '2024-06-30' } as const;

/**
 * Damage assessments: the rounds before, during and after the period, to the latest one read, since
 * what an area looked like later says what the offensive and the fighting after it left.
 */
export const ASSESSMENT_PERIOD = { from: '2023-10-07', to: '2025-12-31' } as const;

/** Stated averages may span the period's end (e.g. "June–July"). */
export const VOLUME_PERIOD = { from: '2023-10-07', to: '2024-09-30' } as const;

/** The Israeli military took the Gaza side of the Rafah crossing on 7 May 2024. */
export const SEIZURE_DATE = '2024-05-07';

const DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toTime(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`);
}

/** True for a real calendar day written `YYYY-MM-DD` (so 2024-05-32 and 2024-02-30 are not). */
export function isCalendarDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const t = toTime(value);
	return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** True when `date` lies in the period, both ends included. */
export function inPeriod(date: string, period: { from: string; to: string } = EVENT_PERIOD) {
	return date >= period.from && date <= period.to;
}

/** Number of days in [from, to], both included. */
export function dayCount(from: string = EVENT_PERIOD.from, to: string = EVENT_PERIOD.to): number {
	return Math.round((toTime(to) - toTime(from)) / DAY) + 1;
}

/** The date `index` days after `from`, clamped to the period. */
export function dateAt(
	index: number,
	from: string = EVENT_PERIOD.from,
	to: string = EVENT_PERIOD.to
): string {
	const last = dayCount(from, to) - 1;
	const i = Math.min(Math.max(Math.round(index), 0), last);
	return new Date(toTime(from) + i * DAY).toISOString().slice(0, 10);
}

/** Position of `date` in the period (clamped). */
export function indexOf(
	date: string,
	from: string = EVENT_PERIOD.from,
	to: string = EVENT_PERIOD.to
): number {
	const i = Math.round((toTime(date) - toTime(from)) / DAY);
	return Math.min(Math.max(i, 0), dayCount(from, to) - 1);
}

/** The date `days` after `date` (before it when negative), clamped to the period. */
export function addDays(date: string, days: number): string {
	return dateAt(indexOf(date) + days);
}

/**
 * The days a reader sees: everything up to `to` when `days` is null, else the `days` days ending on
 * it (clamped to the period's start).
 */
export function windowEnding(to: string, days: number | null): { from?: string; to: string } {
	return days === null ? { to } : { from: addDays(to, -(days - 1)), to };
}

/** True when `date` is shown in the window: up to its end, and from its start when it has one. */
export function inWindow(date: string, w: { from?: string; to: string }): boolean {
	return date <= w.to && (w.from === undefined || date >= w.from);
}

/** Days in a window, or null for "everything up to the day". */
export function windowLength(w: { from?: string; to: string }): number | null {
	return w.from === undefined ? null : indexOf(w.to) - indexOf(w.from) + 1;
}
