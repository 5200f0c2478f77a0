import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PopulationFigure } from '$lib/data/schemas/shelter-population';
import { zoneStats } from './zones';

function createSquare(west: number, south: number, size: number): Feature<Polygon> {
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[west, south],
					[west + size, south],
					[west + size, south + size],
					[west, south + size],
					[west, south]
				]
			]
		}
	};
}

function createFigure(over: Partial<PopulationFigure>): PopulationFigure {
	return {
		id: 'pop-0001',
		area_id: 'area-rafah-governorate',
		date: '2024-05-06',
		metric: 'people_sheltering',
		value: 1_400_000,
		value_min: undefined,
		value_max: undefined,
		qualifier: undefined,
		source_id: 'unrwa',
		note: undefined,
		...over
	};
}

describe('zoneStats', () => {
	const rafah = createSquare(34.2, 31.2, 0.1);
	// A zone with half its area inside "Rafah": a quarter of Rafah's width, straddling its east edge.
	const zone = {
		...createSquare(34.275, 31.2, 0.05),
		properties: { id: 'evac-0506', issued: '2024-05-06' }
	};

	it('computes the zone area and the share of Rafah it covers', () => {
		const s = zoneStats(zone, rafah, []);
		expect(s.areaKm2).toBeGreaterThan(0);
		expect(s.inRafahKm2 / s.areaKm2).toBeCloseTo(0.5, 1);
		expect(s.shareOfRafah).toBeCloseTo(0.125, 2);
	});

	it('spreads each source’s stated Rafah population evenly, one estimate per source', () => {
		const s = zoneStats(zone, rafah, [
			createFigure({ source_id: 'unrwa', value: 1_400_000 }),
			createFigure({ id: 'pop-0002', source_id: 'unicef', value: 1_200_000 }),
			createFigure({ id: 'pop-0003', source_id: 'later', date: '2024-06-18', value: 65_000 })
		]);
		expect(s.estimates.map((e) => [e.source_id, e.people])).toEqual([
			['unrwa', 175_000],
			['unicef', 150_000]
		]);
	});
});
