import { describe, expect, it } from 'vitest';
import { averageTruckLines } from './aid';
import type { TruckDay } from './schemas/aid-corridors';

function createRows(): TruckDay[] {
	return [
		{ date: '2024-05-05', crossing_id: 'crossing-rafah', truck_lines: 100 },
		{ date: '2024-05-05', crossing_id: 'crossing-kerem-shalom', truck_lines: 0 },
		{ date: '2024-05-06', crossing_id: 'crossing-rafah', truck_lines: 50 },
		{ date: '2024-05-06', crossing_id: 'crossing-kerem-shalom', truck_lines: 10 },
		{ date: '2024-05-07', crossing_id: 'crossing-rafah', truck_lines: 0 }
	];
}

describe('averageTruckLines', () => {
	it('averages one crossing over the days in the period, zeros included', () => {
		expect(averageTruckLines(createRows(), 'crossing-rafah', '2024-05-05', '2024-05-07')).toEqual({
			from: '2024-05-05',
			to: '2024-05-07',
			days: 3,
			total: 150,
			perDay: 50
		});
	});

	it('sums all crossings per day', () => {
		expect(averageTruckLines(createRows(), 'all', '2024-05-05', '2024-05-06')?.perDay).toBe(80);
	});

	it('is null when the list has no days in the period', () => {
		expect(averageTruckLines(createRows(), 'all', '2024-06-01', '2024-06-30')).toBeNull();
	});
});
