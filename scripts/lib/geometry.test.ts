import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import {
	SegmentIndex,
	areaKm2,
	clipArealToBBox,
	clipLinesToBBox,
	clipLinesToPolygon,
	dissolve,
	dropSmallParts,
	joinLines,
	lineLengthMetres,
	mergeOverlappingLines,
	ringAreaM2,
	sharedEdges,
	splitByCoverage
} from './geometry';

// two unit-ish squares (~0.01°) sharing the edge x = 34.26 from y = 31.30 to 31.31
const left: Position[] = [
	[34.25, 31.3],
	[34.26, 31.3],
	[34.26, 31.305],
	[34.26, 31.31],
	[34.25, 31.31],
	[34.25, 31.3]
];
const right: Position[] = [
	[34.26, 31.3],
	[34.27, 31.3],
	[34.27, 31.31],
	[34.26, 31.31],
	[34.26, 31.3]
];

describe('sharedEdges', () => {
	it('finds the common edge of two neighbouring rings as one line', () => {
		const edges = sharedEdges(left, right, 1);
		expect(edges).toHaveLength(1);
		expect(edges[0]).toEqual([
			[34.26, 31.3],
			[34.26, 31.305],
			[34.26, 31.31]
		]);
	});

	it('finds nothing between rings that only touch at a corner', () => {
		const diagonal: Position[] = [
			[34.26, 31.31],
			[34.27, 31.31],
			[34.27, 31.32],
			[34.26, 31.32],
			[34.26, 31.31]
		];
		expect(sharedEdges(left, diagonal, 1)).toEqual([]);
	});
});

describe('splitByCoverage', () => {
	it('does not count a chord across a bend as covered', () => {
		const bend = new SegmentIndex([
			[
				[34.25, 31.3],
				[34.26, 31.31],
				[34.27, 31.3]
			]
		]);
		// the straight line shares both end points with the bend but not its middle
		const chord = [
			[34.25, 31.3],
			[34.27, 31.3]
		];
		expect(splitByCoverage(chord, bend, 5, 'covered')).toEqual([]);
		expect(splitByCoverage(chord, bend, 5, 'uncovered')).toEqual([chord]);
	});
});

describe('mergeOverlappingLines', () => {
	it('keeps only the new part of a line that retraces an earlier one', () => {
		const a = [
			[34.2, 31.3],
			[34.21, 31.3],
			[34.22, 31.3]
		];
		const b = [
			[34.21, 31.30001],
			[34.22, 31.30001],
			[34.23, 31.30001]
		];
		const merged = mergeOverlappingLines([a, b], 5);
		expect(merged).toEqual([
			a,
			[
				[34.22, 31.30001],
				[34.23, 31.30001]
			]
		]);
	});
});

describe('joinLines', () => {
	it('chains pieces whose ends meet, reversing where needed', () => {
		const joined = joinLines(
			[
				[
					[0, 0],
					[0.01, 0]
				],
				[
					[0.02, 0],
					[0.01, 0]
				]
			],
			1
		);
		expect(joined).toEqual([
			[
				[0, 0],
				[0.01, 0],
				[0.02, 0]
			]
		]);
	});

	it('leaves apart pieces with a gap', () => {
		const pieces = [
			[
				[0, 0],
				[0.01, 0]
			],
			[
				[0.02, 0],
				[0.03, 0]
			]
		];
		expect(joinLines(pieces, 10)).toHaveLength(2);
	});
});

describe('clipLinesToBBox', () => {
	it('cuts a line at the box edge and keeps a crossing segment', () => {
		const clipped = clipLinesToBBox(
			[
				[
					[0, 0.5],
					[2, 0.5]
				]
			],
			[1, 0, 3, 1]
		);
		expect(clipped).toEqual([
			[
				[1, 0.5],
				[2, 0.5]
			]
		]);
		const through = clipLinesToBBox(
			[
				[
					[0, 0.5],
					[4, 0.5]
				]
			],
			[1, 0, 3, 1]
		);
		expect(through).toEqual([
			[
				[1, 0.5],
				[3, 0.5]
			]
		]);
	});
});

describe('areas', () => {
	it('measures ~1.1 km² for a 0.01° square at Rafah', () => {
		const sq: Polygon = { type: 'Polygon', coordinates: [left] };
		expect(ringAreaM2(left)).toBeGreaterThan(1.0e6);
		expect(ringAreaM2(left)).toBeLessThan(1.1e6);
		expect(areaKm2(sq)).toBeCloseTo(ringAreaM2(left) / 1e6, 1);
	});

	it('dissolves neighbours into one polygon and drops pin-holes', () => {
		const merged = dissolve([
			{ type: 'Polygon', coordinates: [left] },
			{ type: 'Polygon', coordinates: [right] }
		]);
		expect(merged?.type).toBe('Polygon');
		const withHole: Polygon = {
			type: 'Polygon',
			coordinates: [
				right,
				[
					[34.265, 31.305],
					[34.26501, 31.305],
					[34.26501, 31.30501],
					[34.265, 31.305]
				]
			]
		};
		const cleaned = dropSmallParts(withHole, 10, 100);
		expect(cleaned?.type === 'Polygon' && cleaned.coordinates).toHaveLength(1);
	});

	it('clips a polygon to a bbox exactly', () => {
		const clipped = clipArealToBBox(
			{ type: 'Polygon', coordinates: [left] },
			[34.255, 31.3, 34.3, 31.31]
		);
		expect(clipped).not.toBeNull();
		expect(areaKm2(clipped!)).toBeCloseTo(areaKm2({ type: 'Polygon', coordinates: [left] }) / 2, 2);
	});
});

describe('lineLengthMetres', () => {
	it('measures 0.01° of latitude as ~1.1 km', () => {
		expect(
			lineLengthMetres([
				[34.25, 31.3],
				[34.25, 31.31]
			])
		).toBeCloseTo(1105.7, 0);
	});
});

describe('clipLinesToPolygon', () => {
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

	it('cuts a line where it leaves the polygon', () => {
		const out = clipLinesToPolygon(
			[
				[
					[0.5, 0.5],
					[0.5, 0.9],
					[0.5, 1.5]
				]
			],
			square
		);
		expect(out).toEqual([
			[
				[0.5, 0.5],
				[0.5, 0.9],
				[0.5, 1]
			]
		]);
	});

	it('splits a line that goes out and comes back', () => {
		const out = clipLinesToPolygon(
			[
				[
					[0.2, 0.5],
					[1.5, 0.5],
					[1.5, 0.6],
					[0.2, 0.6]
				]
			],
			square
		);
		expect(out).toHaveLength(2);
		expect(out[0]).toEqual([
			[0.2, 0.5],
			[1, 0.5]
		]);
	});
});
