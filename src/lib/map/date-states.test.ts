import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CrossingStatus } from '$lib/data/schemas/aid-corridors';
import { dateStates } from './date-states';

function createCollection(rows: Record<string, string>[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: rows.map((properties) => ({
			type: 'Feature',
			properties,
			geometry: { type: 'Point', coordinates: [34.25, 31.27] }
		}))
	};
}

function createStatus(id: string, status: CrossingStatus['status'], from: string): CrossingStatus {
	return {
		id,
		crossing_id: 'crossing-rafah',
		status,
		valid_from: from,
		valid_to: undefined,
		source_id: 'ocha-flash-163',
		note: undefined
	};
}

const layers = {
	strikes: createCollection([
		{ id: 'strike-0001', date: '2024-05-06' },
		{ id: 'strike-0002', date: '2024-05-26' }
	]),
	orders: createCollection([{ id: 'evac-0511', issued: '2024-05-11' }]),
	crossings: createCollection([{ id: 'crossing-rafah' }]),
	statuses: [
		createStatus('status-1', 'open', '2024-04-01'),
		createStatus('status-2', 'closed', '2024-05-07')
	],
	hospitals: createCollection([{ id: 'place-najjar' }]),
	hospitalStatus: [
		{
			id: 'hstatus-1',
			place_id: 'place-najjar',
			status: 'evacuated' as const,
			valid_from: '2024-05-07',
			valid_to: undefined,
			source_id: 'ocha-flash-163',
			note: undefined
		}
	]
};

describe('dateStates', () => {
	it('hides strikes and orders after the date and gives crossings their status on it', () => {
		expect(dateStates('2024-05-08', layers)).toEqual([
			{ source: 'strikes', id: 'strike-0001', state: { future: false } },
			{ source: 'strikes', id: 'strike-0002', state: { future: true } },
			{ source: 'evacuation-orders', id: 'evac-0511', state: { future: true } },
			{ source: 'aid-corridors-crossings', id: 'crossing-rafah', state: { status: 'closed' } },
			{ source: 'places', id: 'place-najjar', state: { status: 'evacuated' } }
		]);
	});

	it('shows a strike on its own day', () => {
		const states = dateStates('2024-05-26', layers);
		expect(states.find((s) => s.id === 'strike-0002')?.state).toEqual({ future: false });
	});
});
