/**
 * The cited documents: one table every dataset's records point into. Not drawn on the map; its file is
 * fetched with the first details a reader opens.
 */
import type { Situation } from '../data/situation';
import { sourceRow } from '../data/schemas/sources';
import { download, type DownloadSpec, tableFile } from './define';

export const files = {
	sources: tableFile('data/sources/sources.csv', sourceRow, ['id'])
};

export const sourcesTable = {
	id: 'sources',
	files,
	records: (s: Situation) => ({ sources: s.sources }),
	downloads: [
		download('sources.csv', 'All sources (CSV)', (s) => s.sources)
	] satisfies DownloadSpec<Situation>[]
} as const;
