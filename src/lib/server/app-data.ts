/**
 * The files the explorer fetches by URL, generated at build: per dataset, the GeoJSON its map layer
 * draws and the records its lists and details read, plus the sources table. Names carry a hash of the
 * content, so a host can cache them forever and a new data version is a new address.
 */
import { createHash } from 'node:crypto';
import type { FeatureCollection } from 'geojson';
import { DATASET_IDS, type DatasetId } from '$lib/datasets/ids';
import { datasetMap, datasetRecords } from '$lib/datasets/app-files';
import { sourcesTable } from '$lib/datasets/sources';
import { LAYER_DATASET, LAYER_IDS, type LayerId } from '$lib/view/layers';
import { readSituation } from './situation';

export interface AppFile {
	name: string;
	body: string;
	type: string;
}

/** Where the explorer finds its data; paths relative to the site root. */
export interface DataManifest {
	/** The GeoJSON each map layer's source reads. */
	layers: Record<LayerId, string>;
	/** The records each dataset's lists and details read. */
	records: Record<DatasetId, string>;
	sources: string;
	/** A short hash of all the data, shown as the data version. */
	version: string;
}

const hash = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

function file(stem: string, ext: 'geojson' | 'json', value: unknown): AppFile {
	const body = JSON.stringify(value);
	return {
		name: `${stem}.${hash(body)}.${ext}`,
		body,
		type: ext === 'geojson' ? 'application/geo+json' : 'application/json'
	};
}

let cached: { manifest: DataManifest; files: AppFile[] } | undefined;

export function appData(): { manifest: DataManifest; files: AppFile[] } {
	if (cached) return cached;
	const s = readSituation();
	const maps = Object.fromEntries(DATASET_IDS.map((id) => [id, datasetMap(s, id)])) as Record<
		DatasetId,
		FeatureCollection
	>;
	const layerFiles = LAYER_IDS.map((id) => file(id, 'geojson', maps[LAYER_DATASET[id]]));
	const recordFiles = DATASET_IDS.map((id) => file(id, 'json', datasetRecords(s, id, maps[id])));
	const sources = file('sources', 'json', sourcesTable.records(s));
	const files = [...layerFiles, ...recordFiles, sources];
	const url = (f: AppFile) => `/data/app/${f.name}`;
	cached = {
		files,
		manifest: {
			layers: Object.fromEntries(LAYER_IDS.map((id, i) => [id, url(layerFiles[i]!)])) as Record<
				LayerId,
				string
			>,
			records: Object.fromEntries(DATASET_IDS.map((id, i) => [id, url(recordFiles[i]!)])) as Record<
				DatasetId,
				string
			>,
			sources: url(sources),
			version: hash(files.map((f) => f.name).join('\n')).slice(0, 8)
		}
	};
	return cached;
}
