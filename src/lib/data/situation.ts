/**
 * Loads every curated dataset into one validated, serialisable `Situation`. Pure: the caller supplies how
 * files are read, so the same code runs in the build (Node), the data gate and unit tests. The files,
 * their schemas and the shape of `Situation` all come from the dataset modules.
 */
import type { Geometry } from 'geojson';
import type * as v from 'valibot';
import type { files as aidCorridorsFiles } from '../datasets/aid-corridors';
import type { files as damageFiles } from '../datasets/damage';
import type { DataFile, LoadedFiles } from '../datasets/define';
import { SITUATION_FILES } from '../datasets/index';
import type { files as evacuationOrdersFiles } from '../datasets/evacuation-orders';
import type { files as groundOperationsFiles } from '../datasets/ground-operations';
import type { files as placesFiles } from '../datasets/places';
import type { files as shelterPopulationFiles } from '../datasets/shelter-population';
import type { files as sourcesFiles } from '../datasets/sources';
import type { files as strikesFiles } from '../datasets/strikes';
import { crossChecks } from './checks';
import { STRIP_BBOX } from './schemas/common';
import { parseFeatureCollection } from './geojson-file';
import { DataError, parseTable, type DataIssue } from './table';

export type Situation = LoadedFiles<
	typeof sourcesFiles &
		typeof strikesFiles &
		typeof shelterPopulationFiles &
		typeof aidCorridorsFiles &
		typeof evacuationOrdersFiles &
		typeof placesFiles &
		typeof groundOperationsFiles &
		typeof damageFiles
>;

export type AreaCollection = Situation['areas'];
export type OrderCollection = Situation['orders'];
export type RouteCollection = Situation['routes'];

export type ReadFile = (path: string) => string;

/** One file through its schema: rows for a table, features for GeoJSON. */
export function loadFile(file: DataFile, text: string): unknown {
	if (file.kind === 'table') return parseTable(file.path, text, file.schema, file.sort[0] ?? 'id');
	return parseFeatureCollection<Geometry, v.GenericSchema>(
		file.path,
		text,
		file.schema,
		file.geometry,
		STRIP_BBOX,
		file.knownCrossings
	);
}

/**
 * Reads, validates and cross-checks every dataset in `files` (keyed by the `Situation` field each one
 * fills). Collects the issues of all files before throwing, so one run shows a curator everything that
 * is wrong.
 */
export function loadSituation(
	read: ReadFile,
	files: Record<string, DataFile> = SITUATION_FILES
): Situation {
	const issues: DataIssue[] = [];
	const out: Record<string, unknown> = {};
	for (const [key, file] of Object.entries(files)) {
		try {
			out[key] = loadFile(file, read(file.path));
		} catch (e) {
			if (!(e instanceof DataError)) throw e;
			issues.push(...e.issues);
			out[key] = file.kind === 'table' ? [] : { type: 'FeatureCollection', features: [] };
		}
	}
	const situation = out as Situation;
	if (issues.length === 0) issues.push(...crossChecks(situation));
	if (issues.length) throw new DataError(issues);
	return situation;
}
