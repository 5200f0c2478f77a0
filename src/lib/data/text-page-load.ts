/**
 * The load of the text pages (events, sources): the same per-dataset record files the explorer reads,
 * fetched at build through the data manifest. Those pages render once, with no script, so their
 * records are in their HTML and nowhere else.
 */
import { fetchRecords, type ExplorerRecords } from './explorer-data';

export async function loadRecords(
	fetchFn: typeof fetch,
	manifestUrl: string
): Promise<ExplorerRecords> {
	const response = await fetchFn(manifestUrl);
	if (!response.ok) throw new Error(`${manifestUrl}: ${response.status}`);
	return fetchRecords(await response.json(), fetchFn);
}
