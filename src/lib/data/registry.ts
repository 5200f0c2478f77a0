/**
 * The datasets the map shows, with the words and credits the legend, attribution control and sources
 * page use. One id per dataset everywhere: folder, endpoint, map source and layer ids.
 */

export const DATASET_IDS = [
	'strikes',
	'shelter-population',
	'aid-corridors',
	'evacuation-orders',
	'places'
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export interface DatasetInfo {
	id: DatasetId;
	title: string;
	summary: string;
	/** Shown in the map's attribution control while the layer is visible. */
	attribution: string;
	licence: string;
	/** Where sources disagree, in plain words; each dataset's README gives the detail. */
	contradictions: string[];
}

export const DATASETS: Record<DatasetId, DatasetInfo> = {
	strikes: {
		id: 'strikes',
		title: 'Strikes',
		summary:
			'Dated incidents in Rafah governorate and al-Mawasi, with location precision and each source’s toll.',
		attribution: 'Strikes: OCHA, UNRWA, WHO, news agencies',
		licence: 'Compilation CC BY 4.0; figures belong to the cited publishers',
		contradictions: [
			'26 May, tent camp in Tal as-Sultan: 22 to 50 killed depending on source and hour; the Israeli military said it struck two Hamas commanders and that a secondary explosion caused the fire.',
			'28 May, tents in al-Mawasi: airstrike, tank shells or drone, depending on the source; the Israeli military denied striking inside the humanitarian zone.',
			'21 June, near the ICRC office in al-Mawasi: 18, 22 or 25 killed (Palestine Red Crescent, ICRC, Ministry of Health).',
			'Early May overnight strikes: totals of 16, 22 or 28 killed for the same night; some named houses may also be counted in those totals.'
		]
	},
	'shelter-population': {
		id: 'shelter-population',
		title: 'Shelter population',
		summary:
			'How many people sheltered in Rafah and al-Mawasi, and how many were displaced, by date and by source.',
		attribution: 'Population: UNRWA, OCHA and others; zones: GazaMaps via B’Tselem',
		licence: 'Compilation CC BY 4.0; figures belong to the cited publishers',
		contradictions: [
			'Rafah before the offensive: 1.4 million people (UNRWA) or 1.2 million (UNICEF), both on 6 May.',
			'People in the 6 May evacuation zone: about 100,000 or 150,000, both from the Israeli military.',
			'Displaced from Rafah by 19–20 May: nearly 815,000 (UNRWA) or 950,000 (Israeli military).',
			'Remaining in Rafah: 300,000–400,000 (Israeli military, 20 May) and 65,000 (UNRWA, 18 June) do not add up with the departure counts.'
		]
	},
	'aid-corridors': {
		id: 'aid-corridors',
		title: 'Aid corridors',
		summary:
			'Crossings into southern Gaza with their sourced status, the main aid routes, and truck counts.',
		attribution: 'Aid corridors: OCHA, UNRWA and others; UNRWA truck list',
		licence: 'Compilation CC BY 4.0; truck counts from the UNRWA line list',
		contradictions: [
			'Kerem Shalom: reopened on 8 May (Israeli authorities), closed 6–10 May (UNRWA), closed throughout from 5 May (Palestinian sources), or operating but hampered (OCHA, from 15 May).',
			'Rafah crossing closed from 5, 6 or 7 May, depending on the source.',
			'Trucks per day: UN figures count humanitarian trucks received (176 a day before 7 May, 58 after); COGAT counts all trucks inspected, commercial ones included (201 a day).',
			'US pier: damaged on 25, 26 or 28 May; back in place on 7 or 8 June.'
		]
	},
	'evacuation-orders': {
		id: 'evacuation-orders',
		title: 'Evacuation orders',
		summary:
			'Zones the Israeli military ordered evacuated, and the designated “humanitarian area”, from the date each order was issued.',
		attribution: 'Evacuation orders: GazaMaps via B’Tselem; OCHA and others',
		licence: 'Block outlines: licence not stated (credit GazaMaps); statements CC BY 4.0',
		contradictions: [
			'6 May order: OCHA says some 31 km² were ordered evacuated; the blocks of the order’s map, as digitised, cover 6.3 km².',
			'A figure of 63 blocks for 11 May includes a simultaneous order for northern Gaza; the Rafah expansion is 9 blocks.'
		]
	},
	places: {
		id: 'places',
		title: 'Hospitals',
		summary:
			'Hospitals and field hospitals of the places gazetteer that can be located, coloured by their sourced status on the chosen day.',
		attribution:
			'Places: OCHA, © OpenStreetMap contributors; hospital status: WHO, OCHA and others',
		licence: 'Gazetteer ODbL / CC BY (from OpenStreetMap and OCHA); statuses CC BY 4.0',
		contradictions: [
			'Abu Yousef an-Najjar hospital: evacuated on 6, 7 or 8 May depending on the source; its address places it in eastern Rafah, an encyclopaedia entry 3.8 km away.',
			'Kuwaiti hospital: closed on 27 May (its director) or 28 May (WHO).',
			'ICRC field hospital: opened on 9 or 14 May, by two ICRC texts.',
			'UAE field hospital: in central Rafah (WHO) or in al-Mawasi (+972 Magazine); not drawn.'
		]
	}
};

export const BASEMAP_ATTRIBUTION = '© OpenStreetMap contributors · boundaries © OCHA COD-AB';
