import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { buildTiles, tilesCovering } from './tiles';

describe('tilesCovering', () => {
	it('finds the tile of Rafah at z9 and z15', () => {
		expect(tilesCovering([34.25, 31.28, 34.25, 31.28], 9)).toEqual([{ x: 304, y: 209 }]);
		expect(tilesCovering([34.25, 31.28, 34.25, 31.28], 15)).toEqual([{ x: 19501, y: 13383 }]);
	});

	it('covers the area with whole tiles in x then y order', () => {
		const tiles = tilesCovering([34.19, 31.2, 34.4, 31.42], 12);
		const xs = [...new Set(tiles.map((t) => t.x))];
		const ys = [...new Set(tiles.map((t) => t.y))];
		expect(xs).toEqual([2437, 2438, 2439]);
		expect(ys).toEqual([1671, 1672, 1673, 1674]);
		expect(tiles).toEqual(xs.flatMap((x) => ys.map((y) => ({ x, y }))));
	});

	it('covers the whole world with the four tiles of z1', () => {
		expect(tilesCovering([-180, -85.0511, 180, 85.0511], 1)).toEqual([
			{ x: 0, y: 0 },
			{ x: 0, y: 1 },
			{ x: 1, y: 0 },
			{ x: 1, y: 1 }
		]);
	});
});

const points: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { id: 'place-rafah', kind: 'city', rank: 1 },
			geometry: { type: 'Point', coordinates: [34.2558, 31.2752] }
		}
	]
};

const square: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { id: 'bldg-1' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[34.25, 31.27],
						[34.2502, 31.27],
						[34.2502, 31.2702],
						[34.25, 31.2702],
						[34.25, 31.27]
					]
				]
			}
		}
	]
};

describe('buildTiles', () => {
	const tiles = buildTiles(
		[
			{ name: 'places', data: points, minZoom: 9, maxZoom: 12 },
			{ name: 'buildings', data: square, minZoom: 11, maxZoom: 12, dropProperties: ['id'] }
		],
		[34.19, 31.2, 34.4, 31.42],
		9,
		12
	);

	it('writes only tiles that hold features, one per zoom here', () => {
		expect(tiles.map((t) => t.z)).toEqual([9, 10, 11, 12]);
	});

	it('keeps layers to their zoom range and properties as tags', () => {
		const decode = (i: number) => new VectorTile(new PbfReader(tiles[i]!.data));
		const z9 = decode(0);
		expect(Object.keys(z9.layers)).toEqual(['places']);
		const z12 = decode(3);
		expect(Object.keys(z12.layers).sort()).toEqual(['buildings', 'places']);
		const place = z12.layers.places!.feature(0);
		expect(place.properties).toEqual({ id: 'place-rafah', kind: 'city', rank: 1 });
		expect(z12.layers.buildings!.feature(0).properties).toEqual({});
	});

	it('is deterministic', () => {
		const again = buildTiles(
			[{ name: 'places', data: points, minZoom: 9, maxZoom: 12 }],
			[34.19, 31.2, 34.4, 31.42],
			9,
			9
		);
		expect(Buffer.from(again[0]!.data).equals(Buffer.from(tiles[0]!.data))).toBe(true);
	});
});
