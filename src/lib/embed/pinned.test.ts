import { describe, expect, it } from 'vitest';
import type { DataManifest } from '$lib/server/app-data';
import { askedVersion, pinnedManifest } from './pinned';

const OLD = '2026-11-01-0123abcd';

function createManifest(version: string): DataManifest {
	const at = (name: string) => `/data/v/${version}/${name}`;
	return {
		layers: { strikes: at('strikes.geojson') },
		records: { strikes: at('strikes.records.json') },
		texts: { strikes: at('strikes.texts.json') },
		sources: at('sources.json'),
		version
	} as unknown as DataManifest;
}

const current = createManifest('2026-12-03-dbb3dc76');

/** A fetch that answers one address with `body` and every other with 404. */
function createFetch(address: string, body: unknown, status = 200): typeof fetch {
	return (async (input: string) =>
		input === address
			? new Response(JSON.stringify(body), { status })
			: new Response('', { status: 404 })) as unknown as typeof fetch;
}

describe('pinned embeds', () => {
	it('reads only a well-formed version name from the address', () => {
		expect(askedVersion(`?d=2024-05-26&data=${OLD}`)).toBe(OLD);
		expect(askedVersion('?data=../../etc')).toBeNull();
		expect(askedVersion('?data=2026-11-01-0123ABCD')).toBeNull();
		expect(askedVersion('?d=2024-05-26')).toBeNull();
	});

	it('loads the pinned version’s manifest', async () => {
		const old = createManifest(OLD);
		const fetchFn = createFetch(`/data/v/${OLD}/manifest.json`, old);
		expect(await pinnedManifest(`?data=${OLD}`, current, fetchFn)).toEqual({
			manifest: old,
			pinned: OLD,
			missing: null
		});
	});

	it('reads a manifest from before the texts had files of their own, with none listed', async () => {
		const old: Partial<DataManifest> = createManifest(OLD);
		delete old.texts;
		const fetchFn = createFetch(`/data/v/${OLD}/manifest.json`, old);
		expect((await pinnedManifest(`?data=${OLD}`, current, fetchFn)).manifest).toEqual({
			...old,
			texts: {}
		});
	});

	it('is live without a version, and needs no request for the current one', async () => {
		const never = (() => {
			throw new Error('no request expected');
		}) as unknown as typeof fetch;
		expect(await pinnedManifest('', current, never)).toEqual({
			manifest: current,
			pinned: null,
			missing: null
		});
		expect(await pinnedManifest(`?data=${current.version}`, current, never)).toEqual({
			manifest: current,
			pinned: current.version,
			missing: null
		});
	});

	it('falls back to the latest data when the version is gone', async () => {
		const fetchFn = createFetch('/elsewhere', {});
		expect(await pinnedManifest(`?data=${OLD}`, current, fetchFn)).toEqual({
			manifest: current,
			pinned: null,
			missing: OLD
		});
	});

	it('refuses a manifest that points outside its version’s folder', async () => {
		const bad = createManifest(OLD);
		(bad.layers as Record<string, string>).strikes = 'https://elsewhere.example/strikes.geojson';
		const fetchFn = createFetch(`/data/v/${OLD}/manifest.json`, bad);
		expect((await pinnedManifest(`?data=${OLD}`, current, fetchFn)).missing).toBe(OLD);
	});

	it('refuses a manifest of another version, or a broken one', async () => {
		const other = createFetch(
			`/data/v/${OLD}/manifest.json`,
			createManifest('2026-10-01-00000000')
		);
		expect((await pinnedManifest(`?data=${OLD}`, current, other)).missing).toBe(OLD);
		const broken = (async () => new Response('{', { status: 200 })) as unknown as typeof fetch;
		expect((await pinnedManifest(`?data=${OLD}`, current, broken)).missing).toBe(OLD);
	});
});
