/**
 * Which curated files are tables and which GeoJSON, with their column order and sort keys, read from
 * the dataset registry: shared by `npm run data:format` and the test that the files are in canonical
 * form.
 */
import { ALL_FILES } from '../../src/lib/datasets/index';
import { table, type TableSpec } from './csv-format';

export const TABLES: TableSpec[] = ALL_FILES.flatMap((f) =>
	f.kind === 'table' ? [table(f.path, f.schema, [...f.sort])] : []
);

export const GEOJSON_FILES: string[] = ALL_FILES.flatMap((f) =>
	f.kind === 'geojson' ? [f.path] : []
);
