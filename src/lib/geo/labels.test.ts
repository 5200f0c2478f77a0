import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoints } from './labels';

function createUShape(): Feature<Polygon, { id: string }> {
	// A U-shaped area whose centroid falls in the gap, outside the polygon.
	return {
		type: 'Feature',
		properties: { id: 'area-u' },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[3, 0],
					[3, 3],
					[2, 3],
					[2, 1],
					[1, 1],
					[1, 3],
					[0, 3],
					[0, 0]
				]
			]
		}
	};
}

describe('labelPoints', () => {
	it('puts one point per area inside the area, keeping its properties', () => {
		const area = createUShape();
		const fc = labelPoints({
			type: 'FeatureCollection',
			features: [area as Feature<Polygon | MultiPolygon, { id: string }>]
		});
		expect(fc.features).toHaveLength(1);
		expect(fc.features[0]!.properties).toEqual({ id: 'area-u' });
		expect(booleanPointInPolygon(fc.features[0]!.geometry, area)).toBe(true);
	});
});
