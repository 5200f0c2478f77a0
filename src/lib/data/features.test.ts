import { describe, expect, it } from 'vitest';
import {
	crossingFeatures,
	hospitalFeatures,
	hospitalStatusOn,
	statusOn,
	strikeFeatures
} from './features';
import type { Crossing, CrossingStatus } from './schemas/aid-corridors';
import type { StrikeReport } from './schemas/strikes';

function createStatus(
	over: Partial<CrossingStatus> & Pick<CrossingStatus, 'id' | 'status'>
): CrossingStatus {
	return { crossing_id: 'crossing-rafah', source_id: 'ocha-flash-163', ...over } as CrossingStatus;
}

describe('statusOn', () => {
	const statuses = [
		createStatus({
			id: 'status-1',
			status: 'open',
			valid_from: '2024-04-01',
			valid_to: '2024-05-06'
		}),
		createStatus({ id: 'status-2', status: 'closed', valid_from: '2024-05-07' }),
		createStatus({
			id: 'status-3',
			status: 'restricted',
			valid_from: '2024-05-20',
			valid_to: '2024-05-20'
		}),
		createStatus({
			id: 'status-4',
			status: 'open',
			valid_from: '2024-05-20',
			valid_to: '2024-05-20'
		})
	];

	it('uses the statement whose interval covers the day', () => {
		expect(statusOn(statuses, 'crossing-rafah', '2024-05-01')).toBe('open');
	});

	it('carries a statement with no stated end forward until a later one', () => {
		expect(statusOn(statuses, 'crossing-rafah', '2024-06-30')).toBe('closed');
	});

	it('lets the most restrictive win when sources disagree on the same day', () => {
		expect(statusOn(statuses, 'crossing-rafah', '2024-05-20')).toBe('restricted');
	});

	it('is undefined before any statement and for other crossings', () => {
		expect(statusOn(statuses, 'crossing-rafah', '2024-03-01')).toBeUndefined();
		expect(statusOn(statuses, 'crossing-erez', '2024-05-20')).toBeUndefined();
	});
});

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
			]
		});
		const props = fc.features[0]!.properties;
		expect(props).toMatchObject({
			id: 'strike-0001',
			killed_min: 35,
			killed_max: 45,
			source_count: 2
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

describe('hospitalStatusOn', () => {
	const row = (id: string, status: 'functional' | 'evacuated', from: string) => ({
		id,
		place_id: 'place-najjar',
		status,
		valid_from: from,
		valid_to: undefined,
		source_id: 'ocha-flash-163',
		note: undefined
	});

	it('gives the hospital its last sourced status on the day', () => {
		const rows = [
			row('hstatus-1', 'functional', '2024-05-01'),
			row('hstatus-2', 'evacuated', '2024-05-07')
		];
		expect(hospitalStatusOn(rows, 'place-najjar', '2024-05-06')).toBe('functional');
		expect(hospitalStatusOn(rows, 'place-najjar', '2024-05-07')).toBe('evacuated');
	});

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
