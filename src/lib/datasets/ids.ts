/** The curated datasets, by the one name each has everywhere: folder, module, download and source id. */
export const DATASET_IDS = [
	'strikes',
	'shelter-population',
	'aid-corridors',
	'evacuation-orders',
	'places',
	'ground-operations',
	'damage'
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];
