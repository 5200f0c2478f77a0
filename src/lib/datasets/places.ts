/** The places gazetteer, with hospital status over time; its map layer is the hospitals. */
import { hospitalFeatures } from '../data/features';
import type { Situation } from '../data/situation';
import { hospitalStatusRow, placeRow } from '../data/schemas/places';
import { type DatasetModule, download, tableFile, VALIDITY } from './define';

export const files = {
	places: tableFile('data/places/places.csv', placeRow, ['id']),
	hospitalStatus: tableFile('data/places/hospital-status.csv', hospitalStatusRow, ['id'])
};

export const places: DatasetModule<typeof files, Situation> = {
	id: 'places',
	title: 'Hospitals',
	summary:
		'Hospitals and field hospitals of the places gazetteer that can be located, coloured by their sourced status on the chosen day.',
	attribution: 'Places: OCHA, © OpenStreetMap contributors; hospital status: WHO, OCHA and others',
	licence: 'Gazetteer ODbL / CC BY (from OpenStreetMap and OCHA); statuses CC BY 4.0',
	contradictions: [
		'Abu Yousef an-Najjar hospital: evacuated on 6, 7 or 8 May depending on the source; its address places it in eastern Rafah, an encyclopaedia entry 3.8 km away.',
		'Kuwaiti hospital: closed on 27 May (its director) or 28 May (WHO).',
		'ICRC field hospital: opened on 9 or 14 May, by two ICRC texts.',
		'UAE field hospital: in central Rafah (WHO) or in al-Mawasi (+972 Magazine); not drawn.'
	],
	files,
	counts: (s) =>
		`${s.places.length} places (${s.places.filter((p) => p.lon !== undefined).length} located), ${s.hospitalStatus.length} hospital status statements`,
	records: (s) => ({ places: s.places, hospitalStatus: s.hospitalStatus }),
	features: (s) => hospitalFeatures(s.places),
	checks: (s, c) => {
		c.unique(files.places.path, s.places, (r) => r.id);
		c.unique(files.hospitalStatus.path, s.hospitalStatus, (r) => r.id);
		for (const r of s.places)
			if ((r.lon === undefined) !== (r.lat === undefined))
				c.add(files.places.path, r.id, 'lat', 'lon and lat must both be given or both be empty');
		for (const r of s.hospitalStatus) {
			c.resolves(files.hospitalStatus.path, r.id, 'place_id', r.place_id, 'places');
			c.cite(files.hospitalStatus.path, r.id, r.source_id);
			c.interval(files.hospitalStatus.path, r.id, VALIDITY, r.valid_from, r.valid_to);
		}
	},
	downloads: [
		download('places.csv', 'Places gazetteer (CSV)', (s) => s.places),
		download('places-hospital-status.csv', 'Hospital status (CSV)', (s) => s.hospitalStatus)
	]
};
