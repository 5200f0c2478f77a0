import { describe, expect, it } from 'vitest';
import { pickFeature } from './pick';

describe('pickFeature', () => {
	it('prefers a crossing over the route and area beneath it', () => {
		expect(
			pickFeature([
				{ layerId: 'shelter-population-fill', id: 'area-rafah-governorate' },
				{ layerId: 'aid-corridors-route', id: 'route-salah-al-din' },
				{ layerId: 'aid-corridors-crossing', id: 'crossing-rafah' }
			])
		).toEqual({ source: 'aid-corridors', id: 'crossing-rafah' });
	});

	it('takes the nearest of several strikes', () => {
		expect(
			pickFeature([
				{ layerId: 'strikes-point', id: 'strike-0002', distance: 9 },
				{ layerId: 'strikes-point', id: 'strike-0001', distance: 2 }
			])
		).toEqual({ source: 'strikes', id: 'strike-0001' });
	});

	it('prefers a hospital over a strike drawn at the same place', () => {
		expect(
			pickFeature([
				{ layerId: 'strikes-point', id: 'strike-0001', distance: 0 },
				{ layerId: 'hospitals-point', id: 'place-kuwaiti-hospital', distance: 4 }
			])
		).toEqual({ source: 'hospitals', id: 'place-kuwaiti-hospital' });
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
