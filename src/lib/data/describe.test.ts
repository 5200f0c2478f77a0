import { describe, expect, it } from 'vitest';
import { describePrecision, formatDate, formatInterval, formatPeriod } from './describe';

describe('describePrecision', () => {
	it('states the level and the radius in metres or kilometres', () => {
		expect(describePrecision('neighbourhood', 750)).toBe(
			'Located to the neighbourhood, within about 750 m'
		);
		expect(describePrecision('city', 2500)).toBe('Located to the town only, within about 2.5 km');
		expect(describePrecision('exact', 100)).toBe('Located to the exact site, within about 100 m');
	});
});

describe('dates', () => {
	it('formats ISO dates in words without shifting the day', () => {
		expect(formatDate('2024-05-26')).toBe('26 May 2024');
	});

	it('says when a source gave no end to an interval', () => {
		expect(formatInterval('2024-05-07', undefined)).toBe('from 7 May 2024 (end not stated)');
	});

	it('writes what both ends of an interval share once, with plain spaces round the dash', () => {
		expect(formatInterval('2024-05-05', '2024-05-07')).toBe('5 – 7 May 2024');
		expect(formatInterval('2024-05-26', '2024-06-02')).toBe('26 May – 2 June 2024');
		expect(formatInterval('2023-12-30', '2024-01-02')).toBe('30 December 2023 – 2 January 2024');
	});

	it('gives a one-day interval as that day', () => {
		expect(formatInterval('2024-05-26', '2024-05-26')).toBe('26 May 2024');
	});
});

describe('formatPeriod', () => {
	it('says which end of a stated period is missing', () => {
		expect(formatPeriod(undefined, '2024-05-26')).toBe('to 26 May 2024 (start not stated)');
		expect(formatPeriod(undefined, undefined)).toBe('period not stated');
		expect(formatPeriod('2024-05-06', '2024-05-31')).toBe('6 – 31 May 2024');
	});
});

describe('dates in another language', () => {
	it('formats in the language asked for, with Western digits in Arabic', () => {
		expect(formatDate('2024-05-28', 'ar')).toBe('28 مايو 2024');
		expect(formatInterval('2024-05-26', '2024-05-26', 'en')).toBe('26 May 2024');
		expect(formatInterval('2024-05-07', undefined, 'ar')).toBe(
			'من 7 مايو 2024 (النهاية غير مذكورة)'
		);
	});
});
