/**
 * Aggregates of the UNRWA truck line list: computed here, shown beside the averages sources state.
 */
import type { TruckDay } from './schemas/aid-corridors';

export interface TruckAverage {
	from: string;
	to: string;
	days: number;
	total: number;
	perDay: number;
}

/** Mean truck lines per calendar day for a crossing (or all crossings) between two dates inclusive. */
export function averageTruckLines(
	rows: readonly TruckDay[],
	crossingId: string | 'all',
	from: string,
	to: string
): TruckAverage | null {
	const inPeriod = rows.filter(
		(r) => r.date >= from && r.date <= to && (crossingId === 'all' || r.crossing_id === crossingId)
	);
	const days = new Set(inPeriod.map((r) => r.date)).size;
	if (days === 0) return null;
	const total = inPeriod.reduce((sum, r) => sum + r.truck_lines, 0);
	return { from, to, days, total, perDay: Math.round((total / days) * 10) / 10 };
}
