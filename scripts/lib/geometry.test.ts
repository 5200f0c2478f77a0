import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { destination } from '@turf/turf';
import {
	SegmentIndex,
	areaKm2,
	clipArealToBBox,
	clipLinesToBBox,
	clipLinesToPolygon,
	dissolve,
	dropSmallParts,
	fromLines,
	fromPolygons,
	intersectAreal,
	joinLines,
	mergeOverlappingLines,
	pointInAny,
	sharedEdges,
	simplifyGeometry,
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

describe('SegmentIndex', () => {
	const index = new SegmentIndex([
		[
			[34.25, 31.3],
			[34.25, 31.31]
		]
	]);
	const east = (metres: number) =>
		destination([34.25, 31.305], metres, 90, { units: 'meters' }).geometry.coordinates;

	it('measures in metres east–west as well as north–south', () => {
		expect(index.near(east(24.9), 25)).toBe(true);
		expect(index.near(east(25.1), 25)).toBe(false);
	});

	it('measures past a segment end to the end point', () => {
		const beyond = destination([34.25, 31.31], 20, 45, { units: 'meters' }).geometry.coordinates;
		expect(index.near(beyond, 21)).toBe(true);
		expect(index.near(beyond, 19)).toBe(false);
	});

	it('grows as lines are added and ignores lines without a segment', () => {
		const grown = new SegmentIndex();
		grown.add([[34.25, 31.305]]);
		expect(grown.near([34.25, 31.305], 1)).toBe(false);
		grown.add([
			[34.25, 31.3],
			[34.25, 31.31]
		]);
		expect(grown.near(east(10), 25)).toBe(true);
	});
});

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

	it('joins ends closer than the tolerance in metres, and only those', () => {
		const pieces = [
			[
				[34.25, 31.3],
				[34.26, 31.3]
			],
			[
				[34.26, 31.30001],
				[34.27, 31.30001]
			]
		];
		// 0.00001° of latitude is about 1.1 m
		expect(joinLines(pieces, 1.2)).toEqual([[...pieces[0]!, pieces[1]![1]!]]);
		expect(joinLines(pieces, 1)).toHaveLength(2);
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

	it('splits a line that leaves and re-enters, and drops lines wholly outside', () => {
		const out = clipLinesToBBox(
			[
				[
					[1.5, 0.5],
					[1.5, 2],
					[2.5, 2],
					[2.5, 0.5]
				],
				[
					[5, 5],
					[6, 6]
				]
			],
			[1, 0, 3, 1]
		);
		expect(out).toEqual([
			[
				[1.5, 0.5],
				[1.5, 1]
			],
			[
				[2.5, 1],
				[2.5, 0.5]
			]
		]);
	});
});

describe('areas', () => {
	it('measures a 0.01° square at Rafah as 1.06 km²', () => {
		expect(areaKm2({ type: 'Polygon', coordinates: [left] })).toBe(1.06);
	});

	it('dissolves neighbours into one polygon and drops pin-holes', () => {
		const merged = dissolve([
			{ type: 'Polygon', coordinates: [left] },
			{ type: 'Polygon', coordinates: [right] }
		]);
		expect(merged?.type).toBe('Polygon');
		expect(areaKm2(merged!)).toBe(2.11);
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
		expect(dropSmallParts(withHole, 10, 0.1)).toEqual(withHole);
	});

	it('drops small parts, keeping a single part as a Polygon, or null when none is left', () => {
		const speck: Position[] = [
			[34.3, 31.3],
			[34.30001, 31.3],
			[34.30001, 31.30001],
			[34.3, 31.3]
		];
		const two: MultiPolygon = { type: 'MultiPolygon', coordinates: [[left], [speck]] };
		expect(dropSmallParts(two, 1000)).toEqual({ type: 'Polygon', coordinates: [left] });
		expect(dropSmallParts(two, 2e6)).toBeNull();
	});

	it('clips a polygon to a bbox exactly', () => {
		const clipped = clipArealToBBox(
			{ type: 'Polygon', coordinates: [left] },
			[34.255, 31.3, 34.3, 31.31]
		);
		expect(clipped).not.toBeNull();
		expect(areaKm2(clipped!)).toBeCloseTo(areaKm2({ type: 'Polygon', coordinates: [left] }) / 2, 2);
	});

	it('intersects two polygons, or gives null when they only touch', () => {
		const a: Polygon = { type: 'Polygon', coordinates: [left] };
		const b: Polygon = { type: 'Polygon', coordinates: [right] };
		expect(intersectAreal(a, b)).toBeNull();
		expect(areaKm2(intersectAreal(a, a)!)).toBe(1.06);
	});
});

describe('simplifyGeometry', () => {
	it('never drops a ring, whatever the tolerance', () => {
		const tiny: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[34.25, 31.3],
					[34.25001, 31.3],
					[34.25001, 31.30001],
					[34.25, 31.30001],
					[34.25, 31.3]
				]
			]
		};
		const out = simplifyGeometry(tiny, 1);
		expect(out.coordinates).toHaveLength(1);
		expect(out.coordinates[0]!.length).toBeGreaterThanOrEqual(4);
	});

	it('removes vertices that lie on a straight line', () => {
		const out = simplifyGeometry({ type: 'Polygon', coordinates: [left] }, 0.00001);
		expect(out.coordinates[0]).not.toContainEqual([34.26, 31.305]);
		expect(out.coordinates[0]).toHaveLength(5);
	});
});

describe('fromLines / fromPolygons', () => {
	const line = [
		[0, 0],
		[1, 1]
	];

	it('gives the single or multi geometry for the parts, and null for none', () => {
		expect(fromLines([line, [[2, 2]]])).toEqual({ type: 'LineString', coordinates: line });
		expect(fromLines([line, line])?.type).toBe('MultiLineString');
		expect(fromLines([[[2, 2]]])).toBeNull();
		expect(fromPolygons([[left]])).toEqual({ type: 'Polygon', coordinates: [left] });
		expect(fromPolygons([[left], [right]])?.type).toBe('MultiPolygon');
		expect(fromPolygons([])).toBeNull();
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
		expect(out).toEqual([
			[
				[0.2, 0.5],
				[1, 0.5]
			],
			[
				[1, 0.6],
				[0.2, 0.6]
			]
		]);
	});

	it('cuts a line at every crossing of the rings', () => {
		const zigzag = [
			[0.1, -0.5],
			[0.2, 1.5],
			[0.3, -0.5],
			[0.4, 1.5],
			[0.5, -0.5]
		];
		const out = clipLinesToPolygon([zigzag], square);
		const rounded = out.map((l) => l.map((p) => p.map((v) => Math.round(v * 1e9) / 1e9)));
		expect(rounded).toEqual([
			[
				[0.125, 0],
				[0.175, 1]
			],
			[
				[0.225, 1],
				[0.275, 0]
			],
			[
				[0.325, 0],
				[0.375, 1]
			],
			[
				[0.425, 1],
				[0.475, 0]
			]
		]);
	});

	it('keeps a line that never crosses the rings whole when inside, and drops it when outside', () => {
		const inside = [
			[0.2, 0.2],
			[0.5, 0.8],
			[0.8, 0.2]
		];
		const outside = [
			[2, 2],
			[3, 3]
		];
		expect(clipLinesToPolygon([inside, outside], square)).toEqual([inside]);
	});

	it('tells points inside any of several polygons', () => {
		expect(pointInAny([0.5, 0.5], [square])).toBe(true);
		expect(pointInAny([1.5, 0.5], [square])).toBe(false);
		expect(pointInAny([1.5, 0.5], [])).toBe(false);
	});
});
