/**
 * The stories an article can embed: each a view of the map (camera, layers, date, selection) with a
 * headline and a one-line dek, and for the two stories told over time, the chart that tells it. An
 * embed is a view with a frame around it, so a preset is only a view state and its words; the embed
 * pages, their pictures and their oEmbed files are all made from this list.
 */
import { m } from '$lib/paraglide/messages';
import { LAYER_IDS, type LayerId } from './layers';
import type { PresetId } from './preset-ids';
import { EVIDENCE_GRADES } from '$lib/data/evidence';
import type { Lang, ViewState } from './view-state';

export { PRESET_IDS, isPresetId, type PresetId } from './preset-ids';

export type PresetChart = 'strikes' | 'trucks' | 'displacement';

export interface Preset {
	id: PresetId;
	/**
	 * The view without its language (every preset exists in each) and with every strike whatever its
	 * evidence grade (a story shows the record; the reader may filter it).
	 */
	view: Omit<ViewState, 'lang' | 'grades'>;
	/** A chart shown under the map, for stories told over time. */
	chart?: PresetChart;
	headline: () => string;
	dek: () => string;
}

/** Layers in the registry's order, the order a view keeps them in. */
const layers = (...ids: LayerId[]) => LAYER_IDS.filter((id) => ids.includes(id));
const all = [...LAYER_IDS];

export const PRESETS: Record<PresetId, Preset> = {
	overview: {
		id: 'overview',
		view: { camera: null, layers: all, date: { to: '2024-06-30' }, selected: null },
		headline: () => m.preset_overview_headline(),
		dek: () => m.preset_overview_dek()
	},
	'crossing-seizure': {
		id: 'crossing-seizure',
		view: {
			camera: { center: [34.2592, 31.2505], zoom: 13.4, bearing: 0 },
			layers: layers('aid-corridors', 'evacuation-orders', 'ground-operations'),
			date: { from: '2024-05-06', to: '2024-05-07' },
			selected: 'crossing-rafah'
		},
		headline: () => m.preset_crossing_headline(),
		dek: () => m.preset_crossing_dek()
	},
	'evacuation-orders': {
		id: 'evacuation-orders',
		view: {
			camera: null,
			layers: layers('evacuation-orders', 'shelter-population', 'aid-corridors'),
			date: { to: '2024-05-11' },
			selected: null
		},
		headline: () => m.preset_orders_headline(),
		dek: () => m.preset_orders_dek()
	},
	'tal-as-sultan-strike': {
		id: 'tal-as-sultan-strike',
		view: {
			camera: { center: [34.2517, 31.3194], zoom: 13, bearing: 0 },
			layers: layers('strikes', 'evacuation-orders', 'hospitals'),
			date: { from: '2024-05-26', to: '2024-05-26' },
			selected: 'strike-0202'
		},
		headline: () => m.preset_tal_as_sultan_headline(),
		dek: () => m.preset_tal_as_sultan_dek()
	},
	exodus: {
		id: 'exodus',
		view: {
			camera: null,
			layers: layers('shelter-population', 'evacuation-orders'),
			date: { to: '2024-05-28' },
			selected: null
		},
		chart: 'displacement',
		headline: () => m.preset_exodus_headline(),
		dek: () => m.preset_exodus_dek()
	},
	aid: {
		id: 'aid',
		view: {
			camera: { center: [34.262, 31.242], zoom: 13, bearing: 0 },
			layers: layers('aid-corridors'),
			date: { to: '2024-06-30' },
			selected: null
		},
		chart: 'trucks',
		headline: () => m.preset_aid_headline(),
		dek: () => m.preset_aid_dek()
	}
};

/** A preset's whole view in a language. */
export function presetView(id: PresetId, lang: Lang): ViewState {
	return { ...PRESETS[id].view, grades: [...EVIDENCE_GRADES], lang };
}
