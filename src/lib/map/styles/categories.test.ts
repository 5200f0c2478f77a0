import { describe, expect, it } from 'vitest';
import {
	categoryOf,
	crossingStatuses,
	hospitalStatuses,
	legendRows,
	matchColour
} from './categories';
import { palette } from './palette';

describe('category tables', () => {
	it('build a match expression with each value once and shared colours grouped', () => {
		expect(matchColour(hospitalStatuses(palette), ['get', 'status'])).toEqual([
			'match',
			['get', 'status'],
			'functional',
			palette.hospitalFunctional,
			'partially functional',
			palette.hospitalPartial,
			['non-functional', 'evacuated'],
			palette.hospitalDown,
			palette.unknown
		]);
	});

	it('give the legend one row per colour, the fallback last', () => {
		expect(legendRows(hospitalStatuses(palette)).map((r) => r.label)).toEqual([
			'Functional',
			'Partially functional',
			'Out of service or evacuated',
			'No status stated yet'
		]);
	});

	it('give the swatch of a value the colour the map gives it', () => {
		const vocabulary = crossingStatuses(palette);
		expect(categoryOf(vocabulary, 'restricted').colour).toBe(palette.crossingRestricted);
		expect(categoryOf(vocabulary, 'no such status')).toEqual(vocabulary.fallback);
	});
});
