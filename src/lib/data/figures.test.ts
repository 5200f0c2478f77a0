import { describe, expect, it } from 'vitest';
import { formatFigure, formatRange, rangeOf } from './figures';

describe('rangeOf', () => {
	it('keeps the lowest and highest stated figure and counts the sources', () => {
		expect(rangeOf([45, undefined, 50, 45])).toEqual({ min: 45, max: 50, sources: 3 });
	});

	it('is null when no source states a figure, so unknown never reads as zero', () => {
		expect(rangeOf([undefined, undefined])).toBeNull();
	});

	it('treats a stated zero as a figure', () => {
		expect(rangeOf([0])).toEqual({ min: 0, max: 0, sources: 1 });
	});
});

describe('formatRange', () => {
	it('shows one number when the sources agree and a dash range when they differ', () => {
		expect(formatRange({ min: 45, max: 45, sources: 2 })).toBe('45');
		expect(formatRange({ min: 35, max: 45, sources: 2 })).toBe('35–45');
		expect(formatRange({ min: 0, max: 1200, sources: 3 })).toBe('0–1,200');
	});

	it('marks ends that differ only below the shown precision as approximate', () => {
		expect(formatRange({ min: 12.0001, max: 12.0004, sources: 2 })).toBe('~12');
	});

	it('says unknown for a missing figure', () => {
		expect(formatRange(null)).toBe('unknown');
	});
});

describe('formatFigure', () => {
	it('keeps the qualifier the source used', () => {
		expect(formatFigure({ value: 1400000, qualifier: 'about' })).toBe('about 1,400,000');
	});

	it('shows a stated range', () => {
		expect(formatFigure({ value_min: 100000, value_max: 150000 })).toBe('100,000–150,000');
	});
});
