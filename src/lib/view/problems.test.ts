import { describe, expect, it } from 'vitest';
import { problemKey, withProblem, withoutProblem, type Problem } from './problems';

describe('problems', () => {
	const tiles: Problem = { kind: 'basemap' };
	const strikes: Problem = { kind: 'layer', layer: 'strikes' };
	const orders: Problem = { kind: 'layer', layer: 'evacuation-orders' };

	it('keys a layer’s problem by its layer', () => {
		expect(problemKey(strikes)).toBe('layer:strikes');
		expect(problemKey(tiles)).toBe('basemap');
	});

	it('lists each problem once, in order, and drops only the one resolved', () => {
		let list = withProblem([], tiles);
		list = withProblem(list, strikes);
		list = withProblem(list, { kind: 'basemap' });
		list = withProblem(list, orders);
		expect(list).toEqual([tiles, strikes, orders]);
		expect(withoutProblem(list, { kind: 'layer', layer: 'strikes' })).toEqual([tiles, orders]);
		expect(withoutProblem(list, { kind: 'records' })).toEqual(list);
	});
});
