import { describe, expect, it } from 'vitest';
import type { TruckDay } from './schemas/aid-corridors';
import type { StrikeReport, StrikeRow } from './schemas/strikes';
import { strikesPerDay, trucksPerDay } from './series';

describe('daily series', () => {
	it('counts incidents per day and sums the lowest and highest toll of each', () => {
		const strikes = [
			{ id: 'strike-1', date: '2024-05-26' },
			{ id: 'strike-2', date: '2024-05-26' }
		] as StrikeRow[];
		const reports = [
			{ strike_id: 'strike-1', killed: 35 },
			{ strike_id: 'strike-1', killed: 45 },
			{ strike_id: 'strike-2', killed: undefined }
		] as StrikeReport[];
		const series = strikesPerDay(strikes, reports);
		expect(series).toHaveLength(61);
		expect(series.find((d) => d.date === '2024-05-26')).toEqual({
			date: '2024-05-26',
			value: 2,
			low: 35,
			high: 45
		});
		expect(series[0]).toEqual({ date: '2024-05-01', value: 0, low: 0, high: 0 });
	});

	it('adds the truck lines of every crossing on a day', () => {
		const rows = [
			{ date: '2024-05-01', crossing_id: 'crossing-rafah', truck_lines: 100 },
			{ date: '2024-05-01', crossing_id: 'crossing-kerem-shalom', truck_lines: 50 },
			{ date: '2024-04-30', crossing_id: 'crossing-rafah', truck_lines: 999 }
		] as TruckDay[];
		const series = trucksPerDay(rows);
		expect(series[0]).toEqual({ date: '2024-05-01', value: 150 });
		expect(series[1]!.value).toBe(0);
	});
});
