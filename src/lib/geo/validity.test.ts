import type { Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { flatRings, selfCrossings, shapeProblems } from './validity';

const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]
	]
};
const shape = (g: unknown) => shapeProblems(g as Geometry);

describe('shapeProblems', () => {
	it('accepts a valid polygon, line and point', () => {
		expect(shape(square)).toEqual([]);
		expect(
			shape({
				type: 'LineString',
				coordinates: [
					[0, 0],
					[1, 1]
				]
			})
		).toEqual([]);
		expect(shape({ type: 'Point', coordinates: [34.2, 31.3] })).toEqual([]);
	});

	it('rejects unclosed and two-point rings', () => {
		expect(
			shape({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 1]
					]
				]
			})
		).toEqual(['ring 1 is not closed: its last position must repeat its first']);
		expect(
			shape({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0]
					]
				]
			})
		).toEqual([
			'ring 1 has 2 positions; a ring needs at least 4 (a closed triangle)',
			'ring 1 is not closed: its last position must repeat its first'
		]);
	});

	it('rejects positions that are not pairs of finite numbers, naming them', () => {
		expect(shape({ type: 'Point', coordinates: [null, 31] })).toEqual([
			'the point is not a [lon, lat] pair of numbers'
		]);
		expect(
			shape({
				type: 'MultiPolygon',
				coordinates: [
					square.coordinates,
					[
						[
							[0, 0],
							['NaN', 1],
							[1, 1],
							[0, 0]
						]
					]
				]
			})
		).toEqual(['position 2 of polygon 2, ring 1 is not a [lon, lat] pair of numbers']);
		expect(shape({ type: 'Polygon', coordinates: 'x' })).toEqual(['the polygon must be a list']);
		expect(shape({ type: 'LineString', coordinates: [[0, 0]] })).toEqual([
			'the line has 1 position; a line needs at least 2'
		]);
	});
});

describe('selfCrossings', () => {
	it('finds where a bow-tie crosses itself', () => {
		const bowTie: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 1],
					[1, 0],
					[0, 1],
					[0, 0]
				]
			]
		};
		expect(selfCrossings(bowTie)).toEqual([[0.5, 0.5]]);
		expect(selfCrossings(square)).toEqual([]);
	});

	it('finds a hole crossing its outer ring', () => {
		const hole = [
			[0.5, 0.2],
			[1.5, 0.2],
			[1.5, 0.4],
			[0.5, 0.4],
			[0.5, 0.2]
		];
		expect(
			selfCrossings({ type: 'Polygon', coordinates: [square.coordinates[0]!, hole] })
		).toHaveLength(2);
	});
});

describe('flatRings', () => {
	it('names rings that enclose no area', () => {
		const flat = [
			[0, 0],
			[1, 0],
			[2, 0],
			[0, 0]
		];
		expect(flatRings({ type: 'Polygon', coordinates: [flat] })).toEqual([
			'ring 1 encloses no area'
		]);
		expect(flatRings({ type: 'MultiPolygon', coordinates: [square.coordinates, [flat]] })).toEqual([
			'polygon 2, ring 1 encloses no area'
		]);
		expect(flatRings(square)).toEqual([]);
	});
});
