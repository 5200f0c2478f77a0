import { describe, expect, it } from 'vitest';
import type { CrossingStatus } from './schemas/aid-corridors';
import { hospitalStatusOn, statusOn } from './status';

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
});
