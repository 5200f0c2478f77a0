import { describe, expect, it } from 'vitest';
import { CROSSING_IDS, dailyTruckLines, dateRange } from './trucks';
import type { CellValue } from './xlsx';

describe('dateRange', () => {
	it('includes both ends and crosses month ends', () => {
		expect(dateRange('2024-04-29', '2024-05-02')).toEqual([
			'2024-04-29',
			'2024-04-30',
			'2024-05-01',
			'2024-05-02'
		]);
		expect(dateRange('2024-04-01', '2024-06-30')).toHaveLength(91);
	});
});

describe('dailyTruckLines', () => {
	const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
	const records: Record<string, CellValue>[] = [
		{ 'Received Date': day('2024-05-05'), Crossing: 'Rafah Crossing' },
		{ 'Received Date': day('2024-05-05'), Crossing: 'Rafah Crossing' },
		{ 'Received Date': '2024-05-05', Crossing: 'Kerem Shalom' },
		{ 'Received Date': day('2024-05-06'), Crossing: 'Erez' },
		{ 'Received Date': day('2024-07-27'), Crossing: 'Erez' },
		{ Crossing: 'Erez' }
	];

	it('counts rows per day and crossing and fills the gaps with zeros', () => {
		const { rows, skippedNoDate } = dailyTruckLines(records, '2024-05-05', '2024-05-06');
		const crossings = Object.keys(CROSSING_IDS).length;
		expect(rows).toHaveLength(2 * crossings);
		expect(skippedNoDate).toBe(1);
		const get = (date: string, id: string) =>
			rows.find((r) => r.date === date && r.crossing_id === id)?.truck_lines;
		expect(get('2024-05-05', 'crossing-rafah')).toBe(2);
		expect(get('2024-05-05', 'crossing-kerem-shalom')).toBe(1);
		expect(get('2024-05-06', 'crossing-erez')).toBe(1);
		expect(get('2024-05-06', 'crossing-rafah')).toBe(0);
		const total = rows.reduce((s, r) => s + r.truck_lines, 0);
		expect(total).toBe(4);
	});

	it('sorts by date, then crossing id', () => {
		const { rows } = dailyTruckLines(records, '2024-05-05', '2024-05-06');
		const keys = rows.map((r) => `${r.date}|${r.crossing_id}`);
		expect(keys).toEqual(keys.slice().sort());
	});

	it('refuses a crossing it does not know', () => {
		expect(() =>
			dailyTruckLines(
				[{ 'Received Date': '2024-05-06', Crossing: 'Zikim' }],
				'2024-05-01',
				'2024-05-31'
			)
		).toThrow(/Zikim/);
	});
});
