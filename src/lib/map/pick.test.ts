import { describe, expect, it } from 'vitest';
import { pickFeature, sourceOf } from './pick';

describe('pickFeature', () => {
	it('prefers a crossing over the route and area beneath it', () => {
		expect(
			pickFeature([
				{ layerId: 'shelter-population-fill', id: 'area-rafah-governorate' },
				{ layerId: 'aid-corridors-route', id: 'route-salah-al-din' },
				{ layerId: 'aid-corridors-crossing', id: 'crossing-rafah' }
			])
		).toEqual({ dataset: 'aid-corridors', id: 'crossing-rafah' });
	});

	it('takes the nearest of several strikes', () => {
		expect(
			pickFeature([
				{ layerId: 'strikes-point', id: 'strike-0002', distance: 9 },
				{ layerId: 'strikes-point', id: 'strike-0001', distance: 2 }
			])
		).toEqual({ dataset: 'strikes', id: 'strike-0001' });
	});

	it('ignores basemap layers and features without an id', () => {
		expect(
			pickFeature([
				{ layerId: 'places-label-major', id: 'place-rafah' },
				{ layerId: 'strikes-point', id: undefined }
			])
		).toBeNull();
	});
});

describe('sourceOf', () => {
	it('maps crossings and routes to their own sources', () => {
		expect(sourceOf('aid-corridors', 'crossing-rafah')).toBe('aid-corridors-crossings');
		expect(sourceOf('aid-corridors', 'route-al-rashid')).toBe('aid-corridors-routes');
		expect(sourceOf('strikes', 'strike-0001')).toBe('strikes');
	});
});
