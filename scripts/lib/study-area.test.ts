import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { AREA_BBOX, LAND_BBOX, dissolveBlocks, governorate, humanitarianArea } from './study-area';
import { flatten } from '@turf/turf';

describe('extent', () => {
	it('land reaches past the area on every side', () => {
		expect(LAND_BBOX[0]).toBeLessThan(AREA_BBOX[0]);
		expect(LAND_BBOX[1]).toBeLessThan(AREA_BBOX[1]);
		expect(LAND_BBOX[2]).toBeGreaterThan(AREA_BBOX[2]);
		expect(LAND_BBOX[3]).toBeGreaterThan(AREA_BBOX[3]);
	});
});

describe('dissolveBlocks', () => {
	// two ~1 km blocks digitised separately: they overlap by ~1 m except for a notch that leaves a
	// small enclosed gap between them, as neighbouring blocks in the source do
	const a: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[34.25, 31.27],
				[34.26, 31.27],
				[34.26, 31.28],
				[34.25, 31.28],
				[34.25, 31.27]
			]
		]
	};
	const b: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[34.25999, 31.27],
				[34.27, 31.27],
				[34.27, 31.28],
				[34.25999, 31.28],
				[34.25999, 31.276],
				[34.26001, 31.275],
				[34.25999, 31.274],
				[34.25999, 31.27]
			]
		]
	};
	// a speck far away, as a stray digitising click would leave
	const speck: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[34.3, 31.3],
				[34.30001, 31.3],
				[34.30001, 31.30001],
				[34.3, 31.3]
			]
		]
	};

	it('dissolves neighbours into one polygon without sliver holes or specks', () => {
		const out = dissolveBlocks([a, b, speck]);
		expect(out).not.toBeNull();
		const polys = flatten(out!).features.map((f) => f.geometry.coordinates);
		expect(polys).toHaveLength(1);
		expect(polys[0]).toHaveLength(1);
	});

	it('returns null for no blocks', () => {
		expect(dissolveBlocks([])).toBeNull();
	});
});

describe('source lookups', () => {
	const sq = (x: number): Polygon => ({
		type: 'Polygon',
		coordinates: [
			[
				[x, 31.3],
				[x + 0.01, 31.3],
				[x + 0.01, 31.31],
				[x, 31.31],
				[x, 31.3]
			]
		]
	});

	it('finds a governorate by pcode and refuses a missing one', () => {
		const admin2: FeatureCollection = {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { adm2_pcode: 'PS0275' }, geometry: sq(34.25) }]
		};
		expect(governorate(admin2, 'PS0275').properties?.adm2_pcode).toBe('PS0275');
		expect(() => governorate(admin2, 'PS0270')).toThrow(/PS0270/);
	});

	it('dissolves the safe blocks of the humanitarian-area order only', () => {
		const block = (x: number, status: string, order: number) => ({
			type: 'Feature' as const,
			properties: {
				Block: x,
				Date: 'Mon, 06 May 2024 04:51:00 GMT',
				StatusText: status,
				GazaMaps: `https://gazamaps.com/displacement/${order}`
			},
			geometry: sq(x)
		});
		const fc: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				block(34.25, 'Safe', 10),
				block(34.26, 'Safe', 10),
				block(34.27, 'Displaced', 10),
				block(34.28, 'Safe', 8)
			]
		};
		const { geometry, blocks } = humanitarianArea(fc);
		expect(blocks).toBe(2);
		expect(geometry.type).toBe('Polygon');
		const xs = flatten(geometry).features[0]!.geometry.coordinates[0]!.map((p) => p[0]!);
		expect(Math.max(...xs)).toBeCloseTo(34.27, 6);
	});
});
