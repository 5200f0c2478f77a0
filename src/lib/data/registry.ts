/**
 * The datasets the map shows, with the words and credits the legend, attribution control and sources
 * page use. One id per dataset everywhere: folder, endpoint, map source and layer ids.
 */

export const DATASET_IDS = [
	'strikes',
	'shelter-population',
	'aid-corridors',
	'evacuation-orders'
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export interface DatasetInfo {
	id: DatasetId;
	title: string;
	summary: string;
	/** Shown in the map's attribution control while the layer is visible. */
	attribution: string;
	licence: string;
}

export const DATASETS: Record<DatasetId, DatasetInfo> = {
	strikes: {
		id: 'strikes',
		title: 'Strikes',
		summary:
			'Dated incidents in Rafah governorate and al-Mawasi, with location precision and each source’s toll.',
		attribution: 'Strikes: OCHA, UNRWA, WHO, news agencies',
		licence: 'Compilation CC BY 4.0; figures belong to the cited publishers'
	},
	'shelter-population': {
		id: 'shelter-population',
		title: 'Shelter population',
		summary:
			'How many people sheltered in Rafah and al-Mawasi, and how many were displaced, by date and by source.',
		attribution: 'Population: UNRWA, OCHA and others; zones: GazaMaps via B’Tselem',
		licence: 'Compilation CC BY 4.0; figures belong to the cited publishers'
	},
	'aid-corridors': {
		id: 'aid-corridors',
		title: 'Aid corridors',
		summary:
			'Crossings into southern Gaza with their sourced status, the main aid routes, and truck counts.',
		attribution: 'Aid corridors: OCHA, UNRWA and others; UNRWA truck list',
		licence: 'Compilation CC BY 4.0; truck counts from the UNRWA line list'
	},
	'evacuation-orders': {
		id: 'evacuation-orders',
		title: 'Evacuation orders',
		summary:
			'Zones the Israeli military ordered evacuated, and the designated “humanitarian area”, from the date each order was issued.',
		attribution: 'Evacuation orders: GazaMaps via B’Tselem; OCHA and others',
		licence: 'Block outlines: licence not stated (credit GazaMaps); statements CC BY 4.0'
	}
};

export const BASEMAP_ATTRIBUTION = '© OpenStreetMap contributors · boundaries © OCHA COD-AB';
