/**
 * Pinned embeds: an embed whose address says `data=<version>` reads that version's manifest from
 * `/data/v/<version>/manifest.json` instead of the build's, so a published article's map keeps its
 * data. A version this host no longer has, or a manifest that points anywhere but its own folder,
 * falls back to the latest data, and the embed says so.
 */
import * as v from 'valibot';
import { VERSION_NAME, versionFolder } from '$lib/data/version-name';
import type { DataManifest } from '$lib/server/app-data';

/** The version an address pins, or null for a live embed (or an address that names no version). */
export function askedVersion(search: string): string | null {
	let asked: string | null;
	try {
		asked = new URLSearchParams(search).get('data');
	} catch {
		return null;
	}
	return asked !== null && VERSION_NAME.test(asked) ? asked : null;
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
		sources: own,
		version: v.literal(version)
	});
}

export type Pinned =
	| { manifest: DataManifest; missing: null }
	/** The version asked for could not be loaded: the latest data is shown instead. */
	| { manifest: DataManifest; missing: string };

/** The manifest an embed draws from: the pinned version's, or the build's own. */
export async function pinnedManifest(
	search: string,
	current: DataManifest,
	fetchFn: typeof fetch
): Promise<Pinned> {
	const version = askedVersion(search);
	if (version === null || version === current.version) return { manifest: current, missing: null };
	try {
		const response = await fetchFn(`${versionFolder(version)}manifest.json`);
		if (!response.ok) return { manifest: current, missing: version };
		const parsed = v.safeParse(manifestSchema(current, version), await response.json());
		if (!parsed.success) return { manifest: current, missing: version };
		return { manifest: parsed.output as DataManifest, missing: null };
	} catch {
		return { manifest: current, missing: version };
	}
}
