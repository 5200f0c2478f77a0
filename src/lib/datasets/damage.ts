/** Damage: UNOSAT's damaged structures per municipality of Rafah governorate, by assessment date. */
import type { MultiPolygon, Polygon } from 'geojson';
import { choroplethAssessment, damageFeatures, MAPPED_ASSESSMENT } from '../data/damage';
import { ASSESSMENT_PERIOD } from '../data/dates';
import type { Situation } from '../data/situation';
import { damageFigureRow, municipalityProperties } from '../data/schemas/damage';
import { type DatasetModule, download, geoFile, tableFile } from './define';

export const files = {
	municipalities: geoFile<Polygon | MultiPolygon, typeof municipalityProperties>(
		'data/damage/damage.geojson',
		municipalityProperties,
		['Polygon', 'MultiPolygon']
	),
	damageFigures: tableFile('data/damage/figures.csv', damageFigureRow, ['id'])
};

type Damage = Pick<Situation, 'municipalities' | 'damageFigures'>;

/** The municipalities coloured by the choropleth's assessment (see `damageFeatures`). */
export function municipalityFeatures(s: Damage) {
	return damageFeatures(s.municipalities, s.damageFigures);
}

export const damage: DatasetModule<typeof files, Situation> = {
	id: 'damage',
	title: 'Damage',
	summary:
		'Structures UNOSAT assessed as damaged from satellite images, per municipality of Rafah governorate and for the Strip, by assessment date; beside them, radar estimates for Rafah. The map shows the latest assessment with a count for every municipality, 11 October 2025: long after the period, what the offensive and the fighting after it left.',
	attribution:
		'Damage: UNITAR/UNOSAT (CC BY-SA 4.0), via Palestine Land Loss; municipalities: OCHA',
	licence:
		'Derived from UNITAR/UNOSAT data under CC BY-SA 4.0 (this dataset shares alike); outlines CC BY OCHA; figures from reports belong to their publishers',
	contradictions: [
		'Gaza Strip, 3 May 2024: UNOSAT stated 137,297 damaged structures; its October 2025 dataset counts 135,619 by that round.',
		'Gaza Strip, 6 July 2024: UNOSAT stated 151,265; its October 2025 dataset counts 155,129 by that round.',
		'Rafah, May 2024: a radar estimate put 18,176 of 48,678 buildings as damaged; UNOSAT has no count for Rafah at that date in the sources read.'
	],
	files,
	counts: (s) =>
		`${s.damageFigures.length} figures on ${new Set(s.damageFigures.map((f) => f.area_id)).size} areas, ${s.municipalities.features.length} municipalities`,
	records: (s) => ({ municipalities: s.municipalities, damageFigures: s.damageFigures }),
	features: municipalityFeatures,
	checks: (s, c) => {
		const areas = files.municipalities.path;
		const figures = files.damageFigures.path;
		const municipalityIds = c.unique(areas, s.municipalities.features, (f) => f.properties.id);
		for (const f of s.municipalities.features)
			c.resolves(areas, f.properties.id, 'governorate_id', f.properties.governorate_id, 'areas');
		c.unique(figures, s.damageFigures, (r) => r.id);
		for (const r of s.damageFigures) {
			// A figure speaks of a municipality here or of an area of the shelter-population outlines.
			if (!municipalityIds.has(r.area_id)) c.resolves(figures, r.id, 'area_id', r.area_id, 'areas');
			c.cite(figures, r.id, r.source_id);
			c.inRange(figures, r.id, 'date', r.date, ASSESSMENT_PERIOD);
			c.inRange(figures, r.id, 'since', r.since, ASSESSMENT_PERIOD);
			if (r.since !== undefined && r.since >= r.date)
				c.add(figures, r.id, 'since', `${r.since} is not before ${r.date}`);
			if (r.metric === 'damaged_share_pct' && r.value > 100)
				c.add(figures, r.id, 'value', `${r.value} is more than 100 per cent`);
			if (r.metric !== 'damaged_share_pct' && !Number.isInteger(r.value))
				c.add(figures, r.id, 'value', `${r.value} is not a whole number of structures`);
			if (r.since !== undefined && r.metric !== 'newly_damaged_structures')
				c.add(figures, r.id, 'since', 'only new damage is counted since a date');
		}
		const mapped = choroplethAssessment([...municipalityIds], s.damageFigures);
		if (mapped !== MAPPED_ASSESSMENT)
			c.add(
				figures,
				'damage',
				'date',
				`the map would show the assessment of ${mapped ?? 'no date'}, but its legend names ${MAPPED_ASSESSMENT} (MAPPED_ASSESSMENT in src/lib/data/damage.ts)`
			);
	},
	downloads: [
		download('damage.geojson', 'Municipalities with the mapped assessment (GeoJSON)', (s) =>
			municipalityFeatures(s)
		),
		download(
			'damage-figures.csv',
			'Damage figures per area, date and source (CSV)',
			(s) => s.damageFigures
		)
	]
};
