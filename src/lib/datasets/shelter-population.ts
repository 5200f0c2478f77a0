/** Shelter population: the areas published figures refer to, with every figure by date and source. */
import type { MultiPolygon, Polygon } from 'geojson';
import { shelterFeatures } from '../data/features';
import type { Situation } from '../data/situation';
import {
	areaProperties,
	populationFigureRow,
	populationModelRow
} from '../data/schemas/shelter-population';
import { labelPoints } from '../geo/labels';
import { type DatasetModule, download, geoFile, tableFile } from './define';

export const files = {
	areas: geoFile<Polygon | MultiPolygon, typeof areaProperties>(
		'data/shelter-population/shelter-population.geojson',
		areaProperties,
		['Polygon', 'MultiPolygon'],
		[
			{
				record: 'area-gaza-strip',
				at: [
					[34.42824, 31.52504],
					[34.42821, 31.52508]
				],
				reason:
					'Simplifying the COD-AB outline at 0.0005° folded one vertex on the coastline of Gaza City a few metres across another edge of the outline. Drop it from this list once the outline is derived again with a simplification that keeps it valid.'
			}
		]
	),
	population: tableFile('data/shelter-population/figures.csv', populationFigureRow, ['id']),
	populationModel: tableFile('data/shelter-population/population-model.csv', populationModelRow, [
		'id'
	])
};

/** The areas and one label point per area, in one source (labels are its Point features). */
function features(s: Situation) {
	const areas = shelterFeatures(s);
	return {
		type: 'FeatureCollection' as const,
		features: [...areas.features, ...labelPoints(areas).features]
	};
}

export const shelterPopulation: DatasetModule<typeof files, Situation> = {
	id: 'shelter-population',
	title: 'Shelter population',
	summary:
		'How many people sheltered in Rafah and al-Mawasi, and how many were displaced, by date and by source; beside them, a model of the adults in each southern governorate day by day to 14 May.',
	attribution:
		'Population: UNRWA, OCHA and others; model: Edith Darin (Meta audiences); zones: GazaMaps via B’Tselem',
	licence:
		'Compilation CC BY 4.0; figures belong to the cited publishers; modelled series MIT (© 2025 Edith Darin)',
	contradictions: [
		'Rafah before the offensive: 1.4 million people (UNRWA) or 1.2 million (UNICEF), both on 6 May.',
		'People in the 6 May evacuation zone: about 100,000 or 150,000, both from the Israeli military.',
		'Displaced from Rafah by 19–20 May: nearly 815,000 (UNRWA) or 950,000 (Israeli military).',
		'Remaining in Rafah: 300,000–400,000 (Israeli military, 20 May) and 65,000 (UNRWA, 18 June) do not add up with the departure counts.'
	],
	files,
	counts: (s) =>
		`${s.population.length} figures on ${s.areas.features.length} areas, ${s.populationModel.length} modelled daily values`,
	records: (s) => ({
		areas: s.areas,
		population: s.population,
		populationModel: s.populationModel
	}),
	features,
	checks: (s, c) => {
		c.unique(files.areas.path, s.areas.features, (f) => f.properties.id);
		c.unique(files.population.path, s.population, (r) => r.id);
		for (const r of s.population) {
			c.resolves(files.population.path, r.id, 'area_id', r.area_id, 'areas');
			c.cite(files.population.path, r.id, r.source_id);
			c.inRange(files.population.path, r.id, 'date', r.date);
			if (r.value === undefined && (r.value_min === undefined || r.value_max === undefined))
				c.add(
					files.population.path,
					r.id,
					'value',
					'needs a value or both value_min and value_max'
				);
			if (r.value_min !== undefined && r.value_max !== undefined && r.value_min > r.value_max)
				c.add(files.population.path, r.id, 'value_min', 'is greater than value_max');
		}
		const model = files.populationModel.path;
		c.unique(model, s.populationModel, (r) => r.id);
		c.unique(model, s.populationModel, (r) => `${r.area_id}/${r.date}`);
		for (const r of s.populationModel) {
			c.resolves(model, r.id, 'area_id', r.area_id, 'areas');
			c.cite(model, r.id, r.source_id);
			c.inRange(model, r.id, 'date', r.date);
		}
	},
	downloads: [
		download('shelter-population.geojson', 'Areas (GeoJSON)', (s) => s.areas),
		download('shelter-population-figures.csv', 'Figures per source (CSV)', (s) => s.population),
		download(
			'shelter-population-model.csv',
			'Modelled adults per governorate and day (CSV)',
			(s) => s.populationModel
		)
	]
};
