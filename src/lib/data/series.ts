/**
 * Daily series for the charts, one value per day of the period (a day with nothing recorded is 0
 * only where the record is complete for that day, as the UNRWA list is; strikes count the incidents
 * recorded here). Pure, so the charts only draw.
 */
import { dateAt, dayCount } from './dates';
import { groupBy } from './group';
import { rangeOf } from './figures';
import type { TruckDay } from './schemas/aid-corridors';
import type { StrikeReport, StrikeRow } from './schemas/strikes';

export interface DayValue {
	date: string;
	value: number;
	/** The range where sources disagree (the highest and lowest stated totals of the day). */
	low?: number;
	high?: number;
}

const days = () => Array.from({ length: dayCount() }, (_, i) => dateAt(i));

/** Incidents recorded per day, with the day's killed as the sum of each incident's lowest and highest figure. */
export function strikesPerDay(
	strikes: readonly StrikeRow[],
	reports: readonly StrikeReport[]
): DayValue[] {
	const byDate = groupBy(strikes, (s) => s.date);
	const byStrike = groupBy(reports, (r) => r.strike_id);
	return days().map((date) => {
		const list = byDate.get(date) ?? [];
		let low = 0;
		let high = 0;
		for (const s of list) {
			const killed = rangeOf((byStrike.get(s.id) ?? []).map((r) => r.killed));
			low += killed?.min ?? 0;
			high += killed?.max ?? 0;
		}
		return { date, value: list.length, low, high };
	});
}

/** Truck lines per day in the UNRWA list, all crossings together. */
export function trucksPerDay(rows: readonly TruckDay[]): DayValue[] {
	const byDate = groupBy(rows, (r) => r.date);
	return days().map((date) => ({
		date,
		value: (byDate.get(date) ?? []).reduce((sum, r) => sum + r.truck_lines, 0)
	}));
}
