import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Position } from 'geojson';
import { roadFromRoutes } from './roads';

/** A routed trip northwards along lon 34.3 from lat `from` to `to`, named by `name`. */
function trip(from: number, to: number, name: string, extra: Position[] = []): Feature<LineString> {
	const coords: Position[] = [];
	for (let lat = from; lat <= to + 1e-9; lat += 0.005)
		coords.push([34.3, Number(lat.toFixed(6)), 20]);
	const all = [...coords, ...extra];
	return {
		type: 'Feature',
		properties: {
			segments: [
				{
					steps: [
						{ name, distance: 1, way_points: [0, coords.length - 1] },
						...(extra.length
							? [{ name: 'شارع آخر', distance: 1, way_points: [coords.length - 1, all.length - 1] }]
							: [])
					]
				}
			]
		},
		geometry: { type: 'LineString', coordinates: all }
	};
}

const options = {
	bridgeKm: 1,
	overlapMetres: 20,
	joinMetres: 30,
	minPieceMetres: 50,
	bbox: [34.19, 31.2, 34.4, 31.42] as [number, number, number, number]
};

describe('roadFromRoutes', () => {
	it('merges overlapping trips into one line and clips to the area', () => {
		const road = roadFromRoutes(
			[trip(31.25, 31.35, 'صلاح الدين'), trip(31.3, 31.45, 'صلاح الدين', [[34.31, 31.45]])],
			(n) => n === 'صلاح الدين',
			options
		);
		expect(road).toHaveLength(1);
		const lats = road[0]!.map((p) => p[1]!);
		expect(Math.min(...lats)).toBeCloseTo(31.25, 6);
		expect(Math.max(...lats)).toBeCloseTo(31.42, 6);
		// the other street the second trip turns into is not part of the road
		expect(road[0]!.every((p) => p[0] === 34.3)).toBe(true);
		// elevations are gone
		expect(road[0]!.every((p) => p.length === 2)).toBe(true);
	});

	it('returns nothing when no trip takes the road', () => {
		expect(
			roadFromRoutes([trip(31.25, 31.3, 'الرشيد')], (n) => n === 'صلاح الدين', options)
		).toEqual([]);
	});
});
