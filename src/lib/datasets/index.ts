/**
 * The dataset registry: every list of datasets in the app (loader, data gate, downloads, sources page,
 * app data files) is derived from this record. To add a dataset, add its id to `ids.ts`, its module
 * beside this file and one line here (see data/README.md).
 */
import type { Situation } from '../data/situation';
import { aidCorridors } from './aid-corridors';
import { damage } from './damage';
import type { DataFile, DatasetModule } from './define';
import { evacuationOrders } from './evacuation-orders';
import { groundOperations } from './ground-operations';
import { DATASET_IDS, type DatasetId } from './ids';
import { places } from './places';
import { shelterPopulation } from './shelter-population';
import { sourcesTable } from './sources';
import { strikes } from './strikes';

export type AnyDataset = DatasetModule<Record<string, DataFile>, Situation>;

export const DATASETS = {
	strikes,
	'shelter-population': shelterPopulation,
	'aid-corridors': aidCorridors,
	'evacuation-orders': evacuationOrders,
	places,
	'ground-operations': groundOperations,
	damage
} satisfies Record<DatasetId, AnyDataset>;

export const DATASET_LIST: readonly AnyDataset[] = DATASET_IDS.map((id) => DATASETS[id]);

/** Every curated file by the `Situation` field it fills, each with its schema and sort key. */
export const SITUATION_FILES = Object.assign(
	{},
	sourcesTable.files,
	...DATASET_LIST.map((d) => d.files)
) as Record<keyof Situation, DataFile>;

export const ALL_FILES: readonly DataFile[] = Object.values(SITUATION_FILES);

export interface Download {
	file: string;
	dataset: DatasetId | 'sources';
	label: string;
	format: 'geojson' | 'csv';
	build: (s: Situation) => unknown;
}

/** Every file readers can download, generated at build from the curated data. */
export const DOWNLOADS: readonly Download[] = [
	...DATASET_LIST.flatMap((d) => d.downloads.map((x) => ({ ...x, dataset: d.id as DatasetId }))),
	...sourcesTable.downloads.map((x) => ({ ...x, dataset: 'sources' as const }))
];
