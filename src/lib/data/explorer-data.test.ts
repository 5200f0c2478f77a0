import { describe, expect, it } from 'vitest';
import { fetchRecords } from './explorer-data';

function createFetch(files: Record<string, unknown>): typeof fetch {
	return (async (url: string) =>
		url in files
			? new Response(JSON.stringify(files[url]))
			: new Response('missing', { status: 404, statusText: 'Not Found' })) as typeof fetch;
}

const files = {
	records: {
		strikes: '/s.json',
		'shelter-population': '/p.json',
		'aid-corridors': '/a.json',
		'evacuation-orders': '/e.json',
		places: '/h.json',
		'ground-operations': '/g.json',
		damage: '/d.json'
	},
	texts: {
		strikes: '/s.texts.json',
		'shelter-population': '/p.texts.json',
		'aid-corridors': '/a.texts.json',
		'evacuation-orders': '/e.texts.json',
		places: '/h.texts.json',
		'ground-operations': '/g.texts.json',
		damage: '/d.texts.json'
	},
	sources: '/src.json'
};

const noTexts = Object.fromEntries(Object.values(files.texts).map((url) => [url, {}]));

describe('fetchRecords', () => {
	it('merges every dataset file and their bounds into one set of records', async () => {
		const records = await fetchRecords(
			files,
			createFetch({
				'/s.json': { strikes: [{ id: 'strike-0001' }], bounds: { 'strike-0001': [1, 2, 1, 2] } },
				'/p.json': { population: [], populationModel: [], bounds: { 'area-x': [0, 0, 1, 1] } },
				'/a.json': { crossings: [] },
				'/e.json': { zones: [{ id: 'evac-0506' }] },
				'/h.json': { places: [] },
				'/g.json': { groundStatements: [] },
				'/d.json': {
					municipalities: { type: 'FeatureCollection', features: [] },
					damageFigures: []
				},
				'/src.json': { sources: [{ id: 'ocha' }] },
				...noTexts,
				'/s.texts.json': { strikes: [{ summary: 'A house was hit.' }] }
			})
		);
		expect(records.strikes).toEqual([{ id: 'strike-0001', summary: 'A house was hit.' }]);
		expect(records.sources).toEqual([{ id: 'ocha' }]);
		expect(records.zones).toEqual([{ id: 'evac-0506' }]);
		expect(Object.keys(records.bounds).sort()).toEqual(['area-x', 'strike-0001']);
	});

	it('leaves the texts and the documents for later when asked to', async () => {
		const asked: string[] = [];
		const fetchFn = (async (url: string) => {
			asked.push(url);
			return new Response(JSON.stringify(url === '/s.json' ? { strikes: [{ id: 'x' }] } : {}));
		}) as typeof fetch;
		const records = await fetchRecords(files, fetchFn, { withSources: false, withTexts: false });
		expect(records.strikes).toEqual([{ id: 'x' }]);
		expect(asked.sort()).toEqual(Object.values(files.records).sort());
	});

	it('fails naming the file that did not load', async () => {
		await expect(fetchRecords(files, createFetch({}))).rejects.toThrow('/s.json: 404 Not Found');
	});

	it('gives up on a file that does not answer in time', async () => {
		// A server that never answers: only the timeout's abort ends the request.
		const hanging = ((_url: string, init?: RequestInit) =>
			new Promise<Response>((_resolve, reject) =>
				init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))
			)) as typeof fetch;
		await expect(fetchRecords(files, hanging, { timeoutMs: 20 })).rejects.toThrow(
			/timed out|abort/i
		);
	});
});
