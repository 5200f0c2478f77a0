/**
 * Each dataset's title, summary and credit line, in the reader's language. Named one by one, not
 * looked up by key, so a page that shows only these words (an embed's legend and credits) carries only
 * these messages rather than the whole message file.
 */
import type { DatasetId } from '$lib/datasets/ids';
import { m } from '$lib/paraglide/messages';

export type DatasetTextPart = 'title' | 'summary' | 'attribution';

const TEXT: Record<DatasetId, Record<DatasetTextPart, () => string>> = {
	strikes: {
		title: m.dataset_strikes_title,
		summary: m.dataset_strikes_summary,
		attribution: m.dataset_strikes_attribution
	},
	'shelter-population': {
		title: m.dataset_shelter_population_title,
		summary: m.dataset_shelter_population_summary,
		attribution: m.dataset_shelter_population_attribution
	},
	'aid-corridors': {
		title: m.dataset_aid_corridors_title,
		summary: m.dataset_aid_corridors_summary,
		attribution: m.dataset_aid_corridors_attribution
	},
	'evacuation-orders': {
		title: m.dataset_evacuation_orders_title,
		summary: m.dataset_evacuation_orders_summary,
		attribution: m.dataset_evacuation_orders_attribution
	},
	places: {
		title: m.dataset_places_title,
		summary: m.dataset_places_summary,
		attribution: m.dataset_places_attribution
	},
	'ground-operations': {
		title: m.dataset_ground_operations_title,
		summary: m.dataset_ground_operations_summary,
		attribution: m.dataset_ground_operations_attribution
	},
	damage: {
		title: m.damage_dataset_title,
		summary: m.damage_dataset_summary,
		attribution: m.damage_dataset_attribution
	}
};

/** A dataset's title, summary or credit line. */
export function datasetText(id: DatasetId, part: DatasetTextPart): string {
	return TEXT[id][part]();
}
