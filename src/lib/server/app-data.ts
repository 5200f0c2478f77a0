/**
 * The files the explorer fetches by URL, generated at build: per dataset, the GeoJSON its map layer
 * draws, the records its lists read and the texts its details add to them, plus the sources table. They are published under
 * `/data/v/<version>/`, the version named in data/versions.csv for their content hash, with a
 * manifest of them beside: a new data version is a new folder, so a host can cache each folder
 * forever and keep the old ones for the embeds pinned to them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { DATASET_IDS, type DatasetId } from '$lib/datasets/ids';
import { datasetMap, datasetRecords } from '$lib/datasets/app-files';
import { sourcesTable } from '$lib/datasets/sources';
import { splitTexts } from '$lib/data/record-texts';
import { versionFolder } from '$lib/data/version-name';
import { parseVersions, versionOf, VERSIONS_FILE, type DataVersion } from '$lib/data/versions';
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
	/** The records each dataset's lists, counts and charts read, without the texts. */
	records: Record<DatasetId, string>;
	/** The summaries and notes of each dataset's records, which only the details show. */
	texts: Record<DatasetId, string>;
	sources: string;
	/** The data version's name, `YYYY-MM-DD-<hash>`, shown as the data version and pinned by embeds. */
	version: string;
}

/** The manifest's own name in its version's folder. */
export const MANIFEST_FILE = 'manifest.json';

/** The hash that names a version of the data: 8 hex digits of the files' content. */
export function dataHash(files: readonly AppFile[]): string {
	const all = createHash('sha256');
	for (const f of files) all.update(`${f.name}\n${f.body}\n`);
	return all.digest('hex').slice(0, 8);
}

function file(stem: string, ext: 'geojson' | 'json', value: unknown): AppFile {
	return {
		name: `${stem}.${ext}`,
		body: JSON.stringify(value),
		type: ext === 'geojson' ? 'application/geo+json' : 'application/json'
	};
}

/** The data changelog, read from the project. */
export function readVersions(): DataVersion[] {
	return parseVersions(readFileSync(resolve(process.cwd(), VERSIONS_FILE), 'utf8'));
}

/** The files, before they are given a version: what the hash is taken of. */
export function unversionedFiles(): AppFile[] {
	const s = readSituation();
	const maps = Object.fromEntries(DATASET_IDS.map((id) => [id, datasetMap(s, id)])) as Record<
		DatasetId,
		FeatureCollection
	>;
	return [
		...LAYER_IDS.map((id) => file(id, 'geojson', maps[LAYER_DATASET[id]])),
		...DATASET_IDS.flatMap((id) => {
			const { index, texts } = splitTexts(datasetRecords(s, id, maps[id]));
			return [file(`${id}.records`, 'json', index), file(`${id}.texts`, 'json', texts)];
		}),
		file('sources', 'json', sourcesTable.records(s))
	];
}

let cached: { manifest: DataManifest; files: AppFile[]; version: DataVersion } | undefined;

export function appData(): { manifest: DataManifest; files: AppFile[]; version: DataVersion } {
	if (cached) return cached;
	const files = unversionedFiles();
	const version = versionOf(dataHash(files), readVersions());
	const url = (name: string) => versionFolder(version.version) + name;
	const manifest: DataManifest = {
		layers: Object.fromEntries(LAYER_IDS.map((id) => [id, url(`${id}.geojson`)])) as Record<
			LayerId,
			string
		>,
		records: Object.fromEntries(DATASET_IDS.map((id) => [id, url(`${id}.records.json`)])) as Record<
			DatasetId,
			string
		>,
		texts: Object.fromEntries(DATASET_IDS.map((id) => [id, url(`${id}.texts.json`)])) as Record<
			DatasetId,
			string
		>,
		sources: url('sources.json'),
		version: version.version
	};
	const manifestFile = {
		name: MANIFEST_FILE,
		body: JSON.stringify(manifest),
		type: 'application/json'
	};
	cached = { manifest, files: [...files, manifestFile], version };
	return cached;
}
