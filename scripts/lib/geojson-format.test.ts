import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
	canonicalProperties,
	formatFeatureCollection,
	roundGeometry,
	roundOrdinate
} from './geojson-format';

describe('roundOrdinate', () => {
	it('rounds to 6 decimals and never yields -0', () => {
		expect(roundOrdinate(34.25440049)).toBe(34.2544);
		expect(roundOrdinate(31.26849651)).toBe(31.268497);
		expect(Object.is(roundOrdinate(-0.0000001), 0)).toBe(true);
		expect(() => roundOrdinate(Number.NaN)).toThrow(/finite/);
	});
});

describe('roundGeometry', () => {
	it('drops elevations and repeats created by rounding, and closes rings', () => {
		const line = roundGeometry({
			type: 'LineString',
			coordinates: [
				[34.1, 31.1, 27.5],
				[34.1000001, 31.1000001, 30],
				[34.2, 31.2, 0]
			]
		});
		expect(line.coordinates).toEqual([
			[34.1, 31.1],
			[34.2, 31.2]
		]);
		const poly = roundGeometry({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0.0000001]
				]
			]
		});
		expect(poly.coordinates[0]).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		]);
	});

	it('refuses geometries that rounding collapses', () => {
		expect(() =>
			roundGeometry({
				type: 'LineString',
				coordinates: [
					[34.1, 31.1],
					[34.1000001, 31.1]
				]
			})
		).toThrow(/fewer than 2/);
	});
});

describe('canonicalProperties', () => {
	it('puts id first, then keys in code-unit order, dropping undefined', () => {
		const out = canonicalProperties({ name_en: 'x', Z: 1, id: 'a-1', kind: 'k', gone: undefined });
		expect(Object.keys(out)).toEqual(['id', 'Z', 'kind', 'name_en']);
	});

	it('refuses nested and null values', () => {
		expect(() => canonicalProperties({ id: 'a', tags: ['x'] })).toThrow(/tags/);
		expect(() => canonicalProperties({ id: 'a', note: null })).toThrow(/note/);
	});
});

describe('formatFeatureCollection', () => {
	const fc: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { kind: 'town', id: 'place-b' },
				geometry: { type: 'Point', coordinates: [34.123456789, 31.5] }
			},
			{
				type: 'Feature',
				properties: { id: 'place-a', name_ar: 'رفح' },
				geometry: { type: 'Point', coordinates: [34.2, 31.2] }
			}
		]
	};

	it('writes sorted features one per line with a trailing newline', () => {
		const text = formatFeatureCollection(fc);
		expect(text).toBe(
			'{"type":"FeatureCollection","features":[\n' +
				'{"type":"Feature","properties":{"id":"place-a","name_ar":"رفح"},"geometry":{"type":"Point","coordinates":[34.2,31.2]}},\n' +
				'{"type":"Feature","properties":{"id":"place-b","kind":"town"},"geometry":{"type":"Point","coordinates":[34.123457,31.5]}}\n' +
				']}\n'
		);
	});

	it('is idempotent', () => {
		const once = formatFeatureCollection(fc);
		expect(formatFeatureCollection(JSON.parse(once))).toBe(once);
	});

	it('refuses missing and duplicate ids', () => {
		const noId: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }
			]
		};
		expect(() => formatFeatureCollection(noId)).toThrow(/properties.id/);
		const dup: FeatureCollection = {
			type: 'FeatureCollection',
			features: [fc.features[0]!, fc.features[0]!]
		};
		expect(() => formatFeatureCollection(dup)).toThrow(/duplicate/);
	});

	it('writes an empty collection on one line', () => {
		expect(formatFeatureCollection({ type: 'FeatureCollection', features: [] })).toBe(
			'{"type":"FeatureCollection","features":[]}\n'
		);
	});
});
