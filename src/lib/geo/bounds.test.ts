import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsById } from './bounds';

function createCollection(): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { id: 'strike-0001' },
				geometry: { type: 'Point', coordinates: [34.25, 31.27] }
			},
			{
				type: 'Feature',
				properties: { id: 'area-x' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[34.2, 31.2],
							[34.3, 31.2],
							[34.3, 31.3],
							[34.2, 31.2]
						]
					]
				}
			},
			{
				type: 'Feature',
				properties: { id: 'area-x' },
				geometry: { type: 'Point', coordinates: [34.25, 31.25] }
			}
		]
	};
}

describe('boundsById', () => {
	it('gives a point a box of one position', () => {
		expect(boundsById(createCollection())['strike-0001']).toEqual([34.25, 31.27, 34.25, 31.27]);
	});

	it('spans a polygon, and its label point sharing the id does not replace it', () => {
		expect(boundsById(createCollection())['area-x']).toEqual([34.2, 31.2, 34.3, 31.3]);
	});

	it('has no entry for an unknown id', () => {
		expect(boundsById(createCollection())['strike-9999']).toBeUndefined();
	});
});
