/**
 * The days of the period as positions on a slider, so the date control needs no date arithmetic of
 * its own. UTC throughout: the data's dates are calendar days, not instants.
 */
import { PERIOD_DAYS } from './schemas/common';

const DAY = 86_400_000;

function toTime(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`);
}

/** Number of days in [from, to], both included. */
export function dayCount(from = PERIOD_DAYS.from, to = PERIOD_DAYS.to): number {
	return Math.round((toTime(to) - toTime(from)) / DAY) + 1;
}

/** The date `index` days after `from`, clamped to the period. */
export function dateAt(index: number, from = PERIOD_DAYS.from, to = PERIOD_DAYS.to): string {
	const last = dayCount(from, to) - 1;
	const i = Math.min(Math.max(Math.round(index), 0), last);
	return new Date(toTime(from) + i * DAY).toISOString().slice(0, 10);
}

/** Position of `date` in the period (clamped). */
export function indexOf(date: string, from = PERIOD_DAYS.from, to = PERIOD_DAYS.to): number {
	const i = Math.round((toTime(date) - toTime(from)) / DAY);
	return Math.min(Math.max(i, 0), dayCount(from, to) - 1);
}
