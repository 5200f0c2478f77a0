import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import {
	blockKey,
	blocksOf,
	compareBlockLists,
	gazaMapsOrder,
	httpsUrl,
	parseIssued,
	readBlocks,
	readIndex
} from './evac';

const square = {
	type: 'Polygon' as const,
	coordinates: [
		[
			[34.25, 31.27],
			[34.26, 31.27],
			[34.26, 31.28],
			[34.25, 31.27]
		]
	]
};

function block(props: Record<string, unknown>): Feature {
	return { type: 'Feature', properties: props, geometry: square };
}

describe('field parsers', () => {
	it('normalises block numbers', () => {
		expect(blockKey(37.1)).toBe('37.1');
		expect(blockKey(' 28 ')).toBe('28');
		expect(blockKey('9999.0')).toBe('9999');
		expect(blockKey(null)).toBe('');
	});

	it('reads the order number from GazaMaps links only when it has one', () => {
		expect(gazaMapsOrder('https://gazamaps.com/displacement/10')).toBe(10);
		expect(gazaMapsOrder('https://gazamaps.com/displacement/')).toBeUndefined();
	});

	it('keeps https links only', () => {
		expect(httpsUrl('https://x.com/AvichayAdraee/status/1')).toBe(
			'https://x.com/AvichayAdraee/status/1'
		);
		expect(httpsUrl('http://example.org')).toBeUndefined();
		expect(httpsUrl('javascript:alert(1)')).toBeUndefined();
	});

	it('parses both date encodings to UTC', () => {
		expect(parseIssued('Mon, 06 May 2024 04:51:00 GMT')).toBe('2024-05-06T04:51:00.000Z');
		expect(parseIssued(1715406720000)).toBe('2024-05-11T05:52:00.000Z');
		expect(parseIssued(null)).toBeUndefined();
	});
});

describe('readBlocks', () => {
	it('reads both schemas and skips undated rows', () => {
		const blocks = readBlocks([
			block({
				Block: 10,
				Date: 'Mon, 06 May 2024 04:51:00 GMT',
				StatusText: 'Displaced',
				GazaMaps: 'https://gazamaps.com/displacement/10',
				Source: 'https://x.com/AvichayAdraee/status/1787344298943365560'
			}),
			block({
				Block: 96,
				Date: 1715406720000,
				StatusShort: 2,
				GazaMaps: 'https://gazamaps.com/displacement/8'
			}),
			block({
				Block: 655,
				Date: null,
				StatusShort: null,
				GazaMaps: 'https://gazamaps.com/displacement/'
			})
		]);
		expect(blocks.map((b) => [b.block, b.status, b.order])).toEqual([
			['10', 'Displaced', 10],
			['96', 'Safe', 8]
		]);
		expect(blocks[1]!.sourcePostUrl).toBeUndefined();
	});

	it('selects one order and status without duplicate blocks', () => {
		const blocks = readBlocks([
			block({ Block: 1, Date: 0, StatusShort: 1, GazaMaps: 'https://gazamaps.com/displacement/3' }),
			block({ Block: 1, Date: 0, StatusShort: 1, GazaMaps: 'https://gazamaps.com/displacement/3' }),
			block({ Block: 2, Date: 0, StatusShort: 2, GazaMaps: 'https://gazamaps.com/displacement/3' })
		]);
		expect(blocksOf(blocks, 3, 'Displaced').map((b) => b.block)).toEqual(['1']);
	});
});

describe('readIndex', () => {
	it('splits block lists and reads areas', () => {
		const [order] = readIndex([
			{
				id: 10,
				date: '2024-05-06',
				source: 'https://x.com/a/status/1',
				displacement_blocks: '10, 11, 37.1',
				labeled_safe_blocks: '',
				area_sq_km_displacement: '6.31',
				area_sq_km_labeled_safe: '0.00'
			}
		]);
		expect(order).toEqual({
			id: 10,
			date: '2024-05-06',
			source: 'https://x.com/a/status/1',
			displacementBlocks: ['10', '11', '37.1'],
			safeBlocks: [],
			areaKm2Displacement: 6.31,
			areaKm2Safe: 0
		});
		expect(() => readIndex({})).toThrow(/array/);
	});

	it('compares block lists', () => {
		expect(compareBlockLists(['1', '2', '3'], ['2', '3', '4'])).toEqual({
			missing: ['1'],
			extra: ['4']
		});
	});
});
