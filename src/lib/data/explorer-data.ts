/**
 * The records the explorer's lists and details read, fetched by URL from the per-dataset files the
 * build writes (each fetched once; the browser caches them, their names change with their content).
 */
import type { Bounds } from '$lib/geo/bounds';
import type { ZoneStats } from '$lib/geo/zones';
import type { StrikeEvidence } from './evidence';
import type { DatasetId } from '$lib/datasets/ids';
import { joinTexts, type RecordTexts } from './record-texts';
import type { Situation } from './situation';

export interface DataFiles {
	records: Record<DatasetId, string>;
	texts: Record<DatasetId, string>;
	sources: string;
}

export type ExplorerRecords = Situation & {
	zones: ZoneStats[];
	/** Each strike's evidence grade, derived from its accounts at build time. */
	strikeEvidence: StrikeEvidence[];
	/** [west, south, east, north] of every drawn feature, by id. */
	bounds: Record<string, Bounds>;
};

/**
 * How long a data file may take before it counts as failed (and the page offers to try again): long
 * enough for the largest file on a slow mobile connection.
 */
export const FETCH_TIMEOUT_MS = 60_000;

async function fetchJson(
	url: string,
	fetchFn: typeof fetch,
	timeoutMs = FETCH_TIMEOUT_MS
): Promise<Record<string, unknown>> {
	const response = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs) });
	if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
	return (await response.json()) as Record<string, unknown>;
}

/**
 * Every dataset's records, with their texts unless `withTexts` is false and the cited documents
 * unless `withSources` is false: the explorer loads those only when a reader first opens something
 * that shows them, so the first view does not wait for them. Until then the records' summaries and
 * notes are absent and `sources` is empty.
 */
export async function fetchRecords(
	files: DataFiles,
	fetchFn: typeof fetch = fetch,
	{ withSources = true, withTexts = true, timeoutMs = FETCH_TIMEOUT_MS } = {}
): Promise<ExplorerRecords> {
	const urls = [...Object.values(files.records), ...(withSources ? [files.sources] : [])];
	const [parts, texts] = await Promise.all([
		Promise.all(urls.map((url) => fetchJson(url, fetchFn, timeoutMs))),
		withTexts ? fetchTexts(files, fetchFn, timeoutMs) : undefined
	]);
	const bounds = Object.assign({}, ...parts.map((p) => p.bounds ?? {})) as Record<string, Bounds>;
	const records = Object.assign({ zones: [], strikeEvidence: [], sources: [] }, ...parts, {
		bounds
	}) as ExplorerRecords;
	return texts ? joinTexts(records, texts) : records;
}

/** The summaries and notes of every dataset's records, for `joinTexts`. */
export async function fetchTexts(
	files: Partial<Pick<DataFiles, 'texts'>>,
	fetchFn: typeof fetch = fetch,
	timeoutMs = FETCH_TIMEOUT_MS
): Promise<RecordTexts> {
	const parts = await Promise.all(
		// A manifest from before the texts had files of their own has none: its records hold them.
		Object.values(files.texts ?? {}).map((url) => fetchJson(url, fetchFn, timeoutMs))
	);
	return Object.assign({}, ...parts) as RecordTexts;
}

/** The cited documents, for the explorer's details once a reader opens one. */
export async function fetchSources(
	files: DataFiles,
	fetchFn: typeof fetch = fetch
): Promise<ExplorerRecords['sources']> {
	return (await fetchJson(files.sources, fetchFn)).sources as ExplorerRecords['sources'];
}
