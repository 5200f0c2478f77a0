import { describe, expect, it } from 'vitest';
import {
	addDays,
	dateAt,
	dayCount,
	indexOf,
	inWindow,
	isCalendarDate,
	windowEnding,
	windowLength
} from './dates';

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

describe('windows of days', () => {
	it('ends a week on the chosen day and stops at the period’s start', () => {
		expect(windowEnding('2024-05-12', 7)).toEqual({ from: '2024-05-06', to: '2024-05-12' });
		expect(windowEnding('2024-05-03', 7)).toEqual({ from: '2024-05-01', to: '2024-05-03' });
		expect(windowEnding('2024-05-12', null)).toEqual({ to: '2024-05-12' });
		expect(windowLength({ from: '2024-05-06', to: '2024-05-12' })).toBe(7);
		expect(windowLength({ to: '2024-05-12' })).toBeNull();
	});

	it('shows a day inside the window, both ends included', () => {
		const w = { from: '2024-05-06', to: '2024-05-12' };
		expect(inWindow('2024-05-06', w)).toBe(true);
		expect(inWindow('2024-05-12', w)).toBe(true);
		expect(inWindow('2024-05-05', w)).toBe(false);
		expect(inWindow('2024-05-01', { to: '2024-05-12' })).toBe(true);
		expect(addDays('2024-06-29', 7)).toBe('2024-06-30');
	});
});
