/** Which map layer draws a feature, by its id: the layer whose dataset holds it. */
import { datasetOf, type SituationIndex } from '$lib/data/lookup';
import { LAYER_DATASET, LAYER_IDS, type LayerId } from './layers';

export function layerOfFeature(index: SituationIndex, id: string | null): LayerId | undefined {
	const dataset = id ? datasetOf(index, id) : undefined;
	return dataset && LAYER_IDS.find((l) => LAYER_DATASET[l] === dataset);
}
