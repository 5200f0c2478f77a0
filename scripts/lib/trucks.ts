/**
 * Daily counts of the UNRWA truck line list per crossing. A "truck line" is one row of the line list:
 * mostly one truck, but after 6 May 2024 partly pallets or tonnes, so the counts are indicative.
 */
import { cellIsoDate, type CellValue } from './xlsx';

/** The line list's crossing names → the project's crossing ids. */
export const CROSSING_IDS: Readonly<Record<string, string>> = {
	'Rafah Crossing': 'crossing-rafah',
	'Kerem Shalom': 'crossing-kerem-shalom',
	Erez: 'crossing-erez',
	'Western Erez': 'crossing-erez-west',
	'Gate 96': 'crossing-gate-96',
	JLOTS: 'crossing-jlots-pier'
};

export interface TruckDay {
	date: string;
	crossing_id: string;
	truck_lines: number;
}

/** Every ISO date from `from` to `to`, inclusive. */
export function dateRange(from: string, to: string): string[] {
	const out: string[] = [];
	const end = Date.parse(`${to}T00:00:00Z`);
	for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
		out.push(new Date(t).toISOString().slice(0, 10));
	}
	return out;
}

/**
 * Rows per (date, crossing) between `from` and `to`, with a zero row for every day and crossing that
 * has none, so the series has no gaps; sorted by date, then crossing id. Rows whose crossing is not
 * in `CROSSING_IDS` are an error: a renamed crossing must not silently vanish from the counts.
 */
export function dailyTruckLines(
	records: readonly Record<string, CellValue>[],
	from: string,
	to: string,
	dateField = 'Received Date',
	crossingField = 'Crossing'
): { rows: TruckDay[]; skippedNoDate: number } {
	const counts = new Map<string, number>();
	let skippedNoDate = 0;
	for (const r of records) {
		const date = cellIsoDate(r[dateField]);
		if (!date) {
			skippedNoDate++;
			continue;
		}
		if (date < from || date > to) continue;
		const name = String(r[crossingField] ?? '').trim();
		const id = CROSSING_IDS[name];
		if (!id) throw new Error(`unknown crossing "${name}" on ${date}`);
		const key = `${date}|${id}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const ids = Object.values(CROSSING_IDS).slice().sort();
	const rows: TruckDay[] = [];
	for (const date of dateRange(from, to)) {
		for (const crossing_id of ids) {
			rows.push({ date, crossing_id, truck_lines: counts.get(`${date}|${crossing_id}`) ?? 0 });
		}
	}
	return { rows, skippedNoDate };
}
