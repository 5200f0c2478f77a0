/**
 * What the explorer fetches for one dataset, as values: the GeoJSON its map layer draws and the records
 * its lists and details read. Records keep their properties only: geometry is drawn from the map's own
 * file, and where a feature is comes with the records as its bounding box. The build writes these
 * (`src/lib/server/app-data.ts`); the benchmarks build the same from synthetic data.
 */
import type { FeatureCollection } from 'geojson';
import type { Situation } from '../data/situation';
import { boundsById } from '../geo/bounds';
import type { DatasetId } from './ids';
import { DATASETS } from './index';

function withoutGeometry(records: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(records).map(([key, value]) => {
			const fc = value as { type?: string; features?: { properties: unknown }[] };
			if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return [key, value];
			const features = fc.features.map((f) => ({ ...f, geometry: null }));
			return [key, { ...fc, features }];
		})
	);
}

export function datasetMap(s: Situation, id: DatasetId): FeatureCollection {
	return DATASETS[id].features(s);
}

export function datasetRecords(
	s: Situation,
	id: DatasetId,
	map: FeatureCollection = datasetMap(s, id)
): Record<string, unknown> {
	return { ...withoutGeometry(DATASETS[id].records(s)), bounds: boundsById(map) };
}
