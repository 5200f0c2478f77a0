/**
 * The records the explorer's lists and details read, fetched by URL from the per-dataset files the
 * build writes (each fetched once; the browser caches them, their names change with their content).
 */
import type { Bounds } from '$lib/geo/bounds';
import type { ZoneStats } from '$lib/geo/zones';
import type { StrikeEvidence } from './evidence';
import type { DatasetId } from '$lib/datasets/ids';
import type { Situation } from './situation';

export interface DataFiles {
	records: Record<DatasetId, string>;
	sources: string;
}

export type ExplorerRecords = Situation & {
	zones: ZoneStats[];
	/** Each strike's evidence grade, derived from its accounts at build time. */
	strikeEvidence: StrikeEvidence[];
	/** [west, south, east, north] of every drawn feature, by id. */
	bounds: Record<string, Bounds>;
};

async function fetchJson(url: string, fetchFn: typeof fetch): Promise<Record<string, unknown>> {
	const response = await fetchFn(url);
	if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
	return (await response.json()) as Record<string, unknown>;
}

/**
 * Every dataset's records, and the cited documents unless `withSources` is false: the explorer loads
 * those only when a reader first opens something that cites them, so the first view does not wait
 * for them. Until then `sources` is empty.
 */
export async function fetchRecords(
	files: DataFiles,
	fetchFn: typeof fetch = fetch,
	{ withSources = true } = {}
): Promise<ExplorerRecords> {
	const urls = [...Object.values(files.records), ...(withSources ? [files.sources] : [])];
	const parts = await Promise.all(urls.map((url) => fetchJson(url, fetchFn)));
	const bounds = Object.assign({}, ...parts.map((p) => p.bounds ?? {})) as Record<string, Bounds>;
	return Object.assign({ zones: [], strikeEvidence: [], sources: [] }, ...parts, {
		bounds
	}) as ExplorerRecords;
}

/** The cited documents, for the explorer's details once a reader opens one. */
export async function fetchSources(
	files: DataFiles,
	fetchFn: typeof fetch = fetch
): Promise<ExplorerRecords['sources']> {
	return (await fetchJson(files.sources, fetchFn)).sources as ExplorerRecords['sources'];
}
