import { describe, expect, it } from 'vitest';
import type { Feature, LineString } from 'geojson';
import { orsStretches } from './ors';

function route(steps: [string, number, [number, number]][]): Feature<LineString> {
	const last = Math.max(...steps.map((s) => s[2][1]));
	return {
		type: 'Feature',
		properties: {
			segments: [
				{ steps: steps.map(([name, distance, way_points]) => ({ name, distance, way_points })) }
			]
		},
		geometry: {
			type: 'LineString',
			coordinates: Array.from({ length: last + 1 }, (_, i) => [34 + i / 100, 31, 10])
		}
	};
}

const isSalahAlDin = (n: string) => n === 'صلاح الدين';

describe('orsStretches', () => {
	it('keeps the stretches along the wanted street', () => {
		const r = route([
			['العروبة', 1, [0, 2]],
			['صلاح الدين', 5, [2, 5]],
			['صلاح الدين', 2, [5, 6]],
			['المطاحن', 1, [6, 8]]
		]);
		const out = orsStretches(r, isSalahAlDin, 1);
		expect(out).toHaveLength(1);
		expect(out[0]!.map((p) => p[0])).toEqual([34.02, 34.03, 34.04, 34.05, 34.06]);
	});

	it('bridges a short unnamed detour between two wanted stretches but not a long one', () => {
		const steps: [string, number, [number, number]][] = [
			['صلاح الدين', 5, [0, 2]],
			['-', 0.4, [2, 3]],
			['-', 0, [3, 3]],
			['صلاح الدين', 5, [3, 5]]
		];
		expect(orsStretches(route(steps), isSalahAlDin, 1)).toHaveLength(1);
		expect(orsStretches(route(steps), isSalahAlDin, 0.1)).toHaveLength(2);
	});

	it('does not bridge a named street in between', () => {
		const r = route([
			['صلاح الدين', 5, [0, 2]],
			['العروبة', 0.1, [2, 3]],
			['صلاح الدين', 5, [3, 5]]
		]);
		expect(orsStretches(r, isSalahAlDin, 1)).toHaveLength(2);
	});

	it('finds nothing on a route that never takes the street', () => {
		const r = route([['الرشيد', 5, [0, 4]]]);
		expect(orsStretches(r, isSalahAlDin, 1)).toEqual([]);
	});
});
