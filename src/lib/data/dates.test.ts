import { describe, expect, it } from 'vitest';
import { dateAt, dayCount, indexOf, isCalendarDate } from './dates';

describe('period days', () => {
	it('counts 1 May to 30 June as 61 days', () => {
		expect(dayCount('2024-05-01', '2024-06-30')).toBe(61);
	});

	it('maps positions to dates and back across the month boundary', () => {
		expect(dateAt(30, '2024-05-01', '2024-06-30')).toBe('2024-05-31');
		expect(dateAt(31, '2024-05-01', '2024-06-30')).toBe('2024-06-01');
		expect(indexOf('2024-06-01', '2024-05-01', '2024-06-30')).toBe(31);
	});

	it('clamps positions and dates outside the period', () => {
		expect(dateAt(-5, '2024-05-01', '2024-06-30')).toBe('2024-05-01');
		expect(dateAt(500, '2024-05-01', '2024-06-30')).toBe('2024-06-30');
		expect(indexOf('2024-09-01', '2024-05-01', '2024-06-30')).toBe(60);
	});
});

describe('calendar dates', () => {
	it('accepts real days and rejects impossible or malformed ones', () => {
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2024-05-32')).toBe(false);
		expect(isCalendarDate('2023-02-29')).toBe(false);
		expect(isCalendarDate('2024-5-1')).toBe(false);
		expect(isCalendarDate('2024-05-01T00:00')).toBe(false);
	});
});
