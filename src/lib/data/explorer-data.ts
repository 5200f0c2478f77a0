/**
 * The records the explorer's lists and details read, fetched by URL from the per-dataset files the
 * build writes (each fetched once; the browser caches them, their names change with their content).
 */
import type { Bounds } from '$lib/geo/bounds';
import type { ZoneStats } from '$lib/geo/zones';
import type { DatasetId } from '$lib/datasets/ids';
import type { Situation } from './situation';

export interface DataFiles {
	records: Record<DatasetId, string>;
	sources: string;
}

export type ExplorerRecords = Situation & {
	zones: ZoneStats[];
	/** [west, south, east, north] of every drawn feature, by id. */
	bounds: Record<string, Bounds>;
};

export async function fetchRecords(
	files: DataFiles,
	fetchFn: typeof fetch = fetch
): Promise<ExplorerRecords> {
	const urls = [...Object.values(files.records), files.sources];
	const parts = await Promise.all(
		urls.map(async (url) => {
			const response = await fetchFn(url);
			if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
			return (await response.json()) as Record<string, unknown>;
		})
	);
	const bounds = Object.assign({}, ...parts.map((p) => p.bounds ?? {})) as Record<string, Bounds>;
	return Object.assign({ zones: [] }, ...parts, { bounds }) as ExplorerRecords;
}
