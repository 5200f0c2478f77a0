import { describe, expect, it } from 'vitest';
import { crossingFeatures, hospitalFeatures, strikeFeatures } from './features';
import type { Crossing, CrossingStatus } from './schemas/aid-corridors';
import type { StrikeReport } from './schemas/strikes';

function createStatus(
	over: Partial<CrossingStatus> & Pick<CrossingStatus, 'id' | 'status'>
): CrossingStatus {
	return { crossing_id: 'crossing-rafah', source_id: 'ocha-flash-163', ...over } as CrossingStatus;
}

function createReport(over: Partial<StrikeReport>): StrikeReport {
	return {
		strike_id: 'strike-0001',
		source_id: 'a',
		killed: undefined,
		injured: undefined,
		claim: undefined,
		note: undefined,
		...over
	};
}

function createCrossing(over: Partial<Crossing> & Pick<Crossing, 'id' | 'kind'>): Crossing {
	return {
		name_en: over.id,
		name_ar: undefined,
		lon: undefined,
		lat: undefined,
		precision: 'unknown',
		note: undefined,
		...over
	};
}

describe('strikeFeatures', () => {
	it('reduces per-source tolls to a range and leaves unknown figures out', () => {
		const fc = strikeFeatures({
			strikes: [
				{
					id: 'strike-0001',
					date: '2024-05-26',
					time: undefined,
					location: 'Tal as Sultan',
					place_id: undefined,
					lon: 34.24,
					lat: 31.3,
					precision: 'neighbourhood',
					uncertainty_m: 750,
					kind: 'airstrike',
					target: 'tent camp',
					summary: 'x'
				}
			],
			strikeReports: [
				createReport({ source_id: 'a', killed: 35 }),
				createReport({ source_id: 'b', killed: 45 }),
				createReport({ source_id: 'b', claim: 'a claim' })
			],
			sources: [
				{
					id: 'a',
					publisher: 'Reuters (via The Hindu)',
					title: 'A',
					url: 'https://a.example/',
					published: undefined,
					kind: 'news'
				},
				{
					id: 'b',
					publisher: 'WAFA',
					title: 'B',
					url: 'https://b.example/',
					published: undefined,
					kind: 'news'
				}
			]
		});
		const props = fc.features[0]!.properties;
		expect(props).toMatchObject({
			id: 'strike-0001',
			killed_min: 35,
			killed_max: 45,
			source_count: 2,
			grade: 'several'
		});
		expect(props).not.toHaveProperty('injured_min');
		expect(props).not.toHaveProperty('time');
	});
});

describe('crossingFeatures', () => {
	it('draws only crossings with a sourced location', () => {
		const fc = crossingFeatures(
			{
				crossings: [
					createCrossing({
						id: 'crossing-rafah',
						kind: 'land crossing',
						lon: 34.26,
						lat: 31.25,
						precision: 'approximate'
					}),
					createCrossing({ id: 'crossing-gate-96', kind: 'gate' })
				],
				crossingStatus: [
					createStatus({ id: 'status-2', status: 'closed', valid_from: '2024-05-07' })
				]
			},
			'2024-05-10'
		);
		expect(fc.features.map((f) => [f.properties.id, f.properties.status])).toEqual([
			['crossing-rafah', 'closed']
		]);
	});
});

describe('hospitalFeatures', () => {
	it('draws only located hospitals', () => {
		const base = {
			name_ar: undefined,
			aliases: undefined,
			location_source: undefined,
			basemap_id: undefined,
			note: undefined
		};
		const fc = hospitalFeatures([
			{
				...base,
				id: 'place-a',
				kind: 'hospital',
				name_en: 'A',
				lon: 34.25,
				lat: 31.28,
				precision: 'neighbourhood'
			},
			{
				...base,
				id: 'place-b',
				kind: 'field hospital',
				name_en: 'B',
				lon: undefined,
				lat: undefined,
				precision: 'unknown'
			},
			{
				...base,
				id: 'place-c',
				kind: 'camp',
				name_en: 'C',
				lon: 34.24,
				lat: 31.3,
				precision: 'neighbourhood'
			}
		]);
		expect(fc.features.map((f) => f.properties.id)).toEqual(['place-a']);
	});
});
