import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureBounds } from './bounds';

function createCollections(): FeatureCollection[] {
	return [
		{
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'strike-0001' },
					geometry: { type: 'Point', coordinates: [34.25, 31.27] }
				}
			]
		},
		{
			type: 'FeatureCollection',
			features: [
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
				}
			]
		}
	];
}

describe('featureBounds', () => {
	it('finds a point in any collection', () => {
		expect(featureBounds(createCollections(), 'strike-0001')).toEqual([34.25, 31.27, 34.25, 31.27]);
	});

	it('spans a polygon', () => {
		expect(featureBounds(createCollections(), 'area-x')).toEqual([34.2, 31.2, 34.3, 31.3]);
	});

	it('is null for an unknown id', () => {
		expect(featureBounds(createCollections(), 'strike-9999')).toBeNull();
	});
});
