import { describe, expect, it } from 'vitest';
import type { ExplorerRecords } from '$lib/data/explorer-data';
import type { Situation } from '$lib/data/situation';
import { shownCounts, stateChanges } from './date-states';
import { layerTimelines } from './registry';

function createRecords(): ExplorerRecords {
	const strike = (id: string, date: string) => ({ id, date }) as Situation['strikes'][number];
	return {
		strikes: [strike('strike-0001', '2024-05-06'), strike('strike-0002', '2024-05-26')],
		orders: {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'evac-0511', issued: '2024-05-11' },
					geometry: { type: 'Polygon', coordinates: [] }
				}
			]
		} as unknown as Situation['orders'],
		crossings: [
			{ id: 'crossing-rafah', lon: 34.24, lat: 31.25 },
			{ id: 'crossing-unlocated' }
		] as Situation['crossings'],
		crossingStatus: [
			{ id: 's1', crossing_id: 'crossing-rafah', status: 'open', valid_from: '2024-04-01' },
			{ id: 's2', crossing_id: 'crossing-rafah', status: 'closed', valid_from: '2024-05-07' }
		] as Situation['crossingStatus'],
		places: [
			{ id: 'place-najjar', kind: 'hospital', lon: 34.27, lat: 31.28 },
			{ id: 'place-roundabout', kind: 'landmark', lon: 34.25, lat: 31.28 }
		] as Situation['places'],
		hospitalStatus: [
			{ id: 'h1', place_id: 'place-najjar', status: 'evacuated', valid_from: '2024-05-07' }
		] as Situation['hospitalStatus'],
		groundStatements: [],
		strikeEvidence: [
			{ strike_id: 'strike-0001', grade: 'single', origins: ['WAFA'], un_or_wire: false },
			{ strike_id: 'strike-0002', grade: 'confirmed', origins: ['OCHA'], un_or_wire: true }
		]
	} as unknown as ExplorerRecords;
}

// The timelines the map registry states for its layers, as the explorer builds them.
const timelines = layerTimelines(createRecords());

describe('stateChanges', () => {
	it('sets every state on the first paint: hidden after the date, statuses on it', () => {
		expect(stateChanges(timelines, null, { to: '2024-05-08' })).toEqual([
			{ source: 'strikes', id: 'strike-0001', state: { hidden: false, recent: true } },
			{ source: 'strikes', id: 'strike-0002', state: { hidden: true, recent: false } },
			{ source: 'evacuation-orders', id: 'evac-0511', state: { hidden: true, recent: false } },
			{ source: 'aid-corridors', id: 'crossing-rafah', state: { status: 'closed' } },
			{ source: 'hospitals', id: 'place-najjar', state: { status: 'evacuated' } }
		]);
	});

	it('emits only what changes in a step', () => {
		expect(stateChanges(timelines, { to: '2024-05-08' }, { to: '2024-05-09' })).toEqual([
			// 6 May is no longer among the last three days
			{ source: 'strikes', id: 'strike-0001', state: { hidden: false, recent: false } }
		]);
		expect(stateChanges(timelines, { to: '2024-05-06' }, { to: '2024-05-07' })).toEqual([
			{ source: 'aid-corridors', id: 'crossing-rafah', state: { status: 'closed' } },
			{ source: 'hospitals', id: 'place-najjar', state: { status: 'evacuated' } }
		]);
		expect(stateChanges(timelines, { to: '2024-05-12' }, { to: '2024-05-13' })).toEqual([]);
	});

	it('shows a strike on its own day and hides it outside a window', () => {
		const onDay = stateChanges(timelines, { to: '2024-05-25' }, { to: '2024-05-26' });
		expect(onDay).toEqual([
			{ source: 'strikes', id: 'strike-0002', state: { hidden: false, recent: true } }
		]);
		const window = stateChanges(timelines, null, { from: '2024-05-20', to: '2024-05-31' });
		expect(window.find((u) => u.id === 'strike-0001')?.state.hidden).toBe(true);
		expect(window.find((u) => u.id === 'strike-0002')?.state.hidden).toBe(false);
	});
});

describe('shownCounts', () => {
	it('counts what a window shows; an order stays in force after its day', () => {
		expect(shownCounts(timelines, { from: '2024-05-20', to: '2024-05-31' })).toEqual({
			strikes: { shown: 1, total: 2 },
			'evacuation-orders': { shown: 1, total: 1 }
		});
		expect(shownCounts(timelines, { to: '2024-05-05' })).toEqual({
			strikes: { shown: 0, total: 2 },
			'evacuation-orders': { shown: 0, total: 1 }
		});
	});
});

describe('the evidence filter', () => {
	it('hides the strikes of the grades a reader leaves out, and counts only what it shows', () => {
		const all = { to: '2024-06-30' };
		const confirmed = { to: '2024-06-30', grades: ['confirmed'] as const };
		expect(stateChanges(timelines, all, confirmed)).toEqual([
			{ source: 'strikes', id: 'strike-0001', state: { hidden: true, recent: false } }
		]);
		expect(shownCounts(timelines, confirmed).strikes).toEqual({ shown: 1, total: 2 });
		expect(shownCounts(timelines, { ...confirmed, grades: [] }).strikes).toEqual({
			shown: 0,
			total: 2
		});
		// Back to every grade: the strike shows again; the order, which has no grade, never changed.
		expect(stateChanges(timelines, confirmed, all)).toEqual([
			{ source: 'strikes', id: 'strike-0001', state: { hidden: false, recent: false } }
		]);
	});
});
