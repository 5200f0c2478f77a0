/**
 * What a dataset is, in one place: its curated files (each with its schema and canonical sort key),
 * its words and credits, the records the explorer fetches for lists and details, the GeoJSON of its map
 * layer and its downloads. Everything that used to name datasets by hand is derived from these modules.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type * as v from 'valibot';
import type { CheckContext } from '../data/checks';

type RowSchema = v.GenericSchema<Record<string, string>, Record<string, unknown>> & {
	entries: Record<string, unknown>;
};

/** A CSV table: one row per record. */
export interface TableFile<S extends RowSchema = RowSchema> {
	kind: 'table';
	path: string;
	schema: S;
	/** Columns that order the rows in canonical form (the first also names a record in errors). */
	sort: readonly string[];
}

/**
 * A place where a polygon is known to cross itself, allowed until the file is derived again, with the
 * reason. The gate fails if the polygon crosses anywhere else, or no longer crosses here.
 */
export interface KnownCrossing {
	/** The feature's id. */
	record: string;
	/** Each crossing, [lon, lat] rounded to 5 decimals, as the gate reports it. */
	at: readonly (readonly [number, number])[];
	reason: string;
}

/** A GeoJSON FeatureCollection: one feature per record, properties checked against `schema`. */
export interface GeoFile<
	G extends Geometry = Geometry,
	S extends v.GenericSchema = v.GenericSchema
> {
	kind: 'geojson';
	path: string;
	schema: S;
	geometry: readonly G['type'][];
	knownCrossings: readonly KnownCrossing[];
}

export type DataFile = TableFile | GeoFile;

/** The records a file holds once it has passed its schema. */
export type RecordsOf<F> =
	F extends TableFile<infer S>
		? v.InferOutput<S>[]
		: F extends GeoFile<infer G, infer S>
			? FeatureCollection<G, v.InferOutput<S>>
			: never;

export type LoadedFiles<Files extends Record<string, DataFile>> = {
	[K in keyof Files]: RecordsOf<Files[K]>;
};

export function tableFile<S extends RowSchema>(
	path: string,
	schema: S,
	sort: readonly (keyof S['entries'] & string)[]
): TableFile<S> {
	return { kind: 'table', path, schema, sort };
}

export function geoFile<G extends Geometry, S extends v.GenericSchema>(
	path: string,
	schema: S,
	geometry: readonly G['type'][],
	knownCrossings: readonly KnownCrossing[] = []
): GeoFile<G, S> {
	return { kind: 'geojson', path, schema, geometry, knownCrossings };
}

export interface DownloadSpec<S> {
	/** File name under /data/ (`<dataset>.geojson`, `<dataset>-<what>.csv`). */
	file: string;
	label: string;
	format: 'geojson' | 'csv';
	build: (s: S) => unknown;
}

/** A download of the file `file` (its format from its extension) built from the situation. */
export function download<S>(
	file: string,
	label: string,
	build: (s: S) => unknown
): DownloadSpec<S> {
	return { file, label, format: file.endsWith('.csv') ? 'csv' : 'geojson', build };
}

/** The words and credits of a dataset, shown in the legend, the attribution control and the sources page. */
export interface DatasetTexts {
	title: string;
	summary: string;
	/** Shown in the map's attribution control while the layer is visible. */
	attribution: string;
	licence: string;
	/** Where sources disagree, in plain words; each dataset's README gives the detail. */
	contradictions: readonly string[];
}

/**
 * A dataset module. `S` is the whole validated situation: a dataset may read other datasets' records
 * (strikes name the sources they cite), but it only defines its own files.
 */
export interface DatasetModule<Files extends Record<string, DataFile>, S> extends DatasetTexts {
	id: string;
	files: Files;
	/** Its record counts in words, for the sources page. */
	counts: (s: S) => string;
	/** What the explorer's lists and details read, fetched once as one JSON file. */
	records: (s: S) => Record<string, unknown>;
	/** The GeoJSON of its map layer: flat primitive properties, a stable `id` for `promoteId`. */
	features: (s: S) => FeatureCollection;
	downloads: readonly DownloadSpec<S>[];
	/**
	 * Cross-checks beyond each row's schema: unique ids, references that resolve, dates in range.
	 * Run by the data gate once every file has passed its schema.
	 */
	checks: (s: S, c: CheckContext) => void;
}

/** The fields of a status interval. */
export const VALIDITY = ['valid_from', 'valid_to'] as const;
