import { describe, expect, it } from 'vitest';
import { tilesCovering } from './tile-ids';

describe('tilesCovering', () => {
	it('names the tiles a box covers at each zoom', () => {
		// The whole world at zoom 0 and 1.
		expect(tilesCovering([-179.9, -85, 179.9, 85], 0, 1)).toEqual([
			{ x: 0, y: 0, z: 0 },
			{ x: 0, y: 0, z: 1 },
			{ x: 0, y: 1, z: 1 },
			{ x: 1, y: 0, z: 1 },
			{ x: 1, y: 1, z: 1 }
		]);
	});
	it('finds Rafah’s tile at zoom 12 (x 2437, y 1672), one the basemap has', () => {
		expect(tilesCovering([34.25, 31.29, 34.25, 31.29], 12, 12)).toEqual([
			{ x: 2437, y: 1672, z: 12 }
		]);
	});
});
