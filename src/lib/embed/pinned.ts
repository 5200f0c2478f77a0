/**
 * Pinned embeds: an embed whose address says `data=<version>` reads that version's manifest from
 * `/data/v/<version>/manifest.json` instead of the build's, so a published article's map keeps its
 * data. A version this host no longer has, or a manifest that points anywhere but its own folder,
 * falls back to the latest data, and the embed says so.
 */
import * as v from 'valibot';
import { versionFolder } from '$lib/data/version-name';
import { dataVersion } from './query';
import type { DataManifest } from '$lib/server/app-data';

/** The version an address pins, or null for a live embed (or an address that names no version). */
export function askedVersion(search: string): string | null {
	try {
		return dataVersion(new URLSearchParams(search).get('data'));
	} catch {
		return null;
	}
}

const path = v.pipe(v.string(), v.maxLength(300));

/** A manifest of `version`, whose every file sits in that version's folder. */
function manifestSchema(current: DataManifest, version: string) {
	const folder = versionFolder(version);
	const own = v.pipe(
		path,
		v.check((p) => p.startsWith(folder) && !p.slice(folder.length).includes('/'), 'outside')
	);
	const keysOf = (o: object) =>
		Object.fromEntries(Object.keys(o).map((k) => [k, own])) as Record<string, typeof own>;
	return v.object({
		layers: v.object(keysOf(current.layers)),
		records: v.object(keysOf(current.records)),
		// Versions published before the texts had files of their own list none: their records hold them.
		texts: v.optional(v.record(v.string(), own), {}),
		sources: own,
		version: v.literal(version)
	});
}

export interface Pinned {
	manifest: DataManifest;
	/** The version the address pins and the embed draws; null for a live embed. */
	pinned: string | null;
	/** The version asked for, when it could not be loaded: the latest data is shown instead. */
	missing: string | null;
}

/** The manifest an embed draws from: the pinned version's, or the build's own. */
export async function pinnedManifest(
	search: string,
	current: DataManifest,
	fetchFn: typeof fetch
): Promise<Pinned> {
	const version = askedVersion(search);
	if (version === null) return { manifest: current, pinned: null, missing: null };
	if (version === current.version) return { manifest: current, pinned: version, missing: null };
	const latest = { manifest: current, pinned: null, missing: version };
	try {
		const response = await fetchFn(`${versionFolder(version)}manifest.json`);
		if (!response.ok) return latest;
		const parsed = v.safeParse(manifestSchema(current, version), await response.json());
		if (!parsed.success) return latest;
		return { manifest: parsed.output as DataManifest, pinned: version, missing: null };
	} catch {
		return latest;
	}
}
