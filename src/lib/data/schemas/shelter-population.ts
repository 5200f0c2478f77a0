/**
 * `data/shelter-population/`: the areas figures refer to (`shelter-population.geojson`, polygons) and the
 * figures themselves, one per (area, date, metric, source) in `figures.csv`; and a modelled series,
 * one value per (area, day), in `population-model.csv`.
 */
import * as v from 'valibot';
import {
	count,
	date,
	id,
	oneOf,
	optionalCount,
	optionalProperty,
	optionalText,
	ref,
	text,
	TEXT_MAX
} from '../fields';
import { MAX_PEOPLE } from './common';

export const AREA_KINDS = ['governorate', 'evacuation-zone', 'humanitarian-area', 'strip'] as const;

export const areaProperties = v.object({
	id: v.pipe(v.string(), v.regex(/^area-[a-z0-9-]+$/, 'must look like area-…')),
	name_en: text(TEXT_MAX.name),
	name_ar: optionalProperty(TEXT_MAX.name),
	kind: v.picklist(AREA_KINDS, `must be one of: ${AREA_KINDS.join(', ')}`),
	derived_from: text(TEXT_MAX.prose)
});

export const POPULATION_METRICS = [
	'people_sheltering',
	'displaced_from',
	'people_in_evac_zone',
	'people_remaining'
] as const;

export const populationFigureRow = v.object({
	id: id('pop'),
	area_id: ref(),
	date: date(),
	metric: oneOf(POPULATION_METRICS),
	value: optionalCount(MAX_PEOPLE),
	value_min: optionalCount(MAX_PEOPLE),
	value_max: optionalCount(MAX_PEOPLE),
	qualifier: optionalText(TEXT_MAX.name),
	source_id: ref(),
	note: optionalText(TEXT_MAX.prose)
});

/** What a modelled value counts: adults (18 and over), not the whole population. */
export const MODEL_METRICS = ['adults_modelled'] as const;

/** One day of a modelled population series for one area (Darin's estimate from advertising audiences). */
export const populationModelRow = v.object({
	id: id('popmodel'),
	area_id: ref(),
	date: date(),
	metric: oneOf(MODEL_METRICS),
	value: count(MAX_PEOPLE),
	source_id: ref(),
	note: optionalText(TEXT_MAX.prose)
});

export type AreaProperties = v.InferOutput<typeof areaProperties>;
export type PopulationFigure = v.InferOutput<typeof populationFigureRow>;
export type PopulationModelValue = v.InferOutput<typeof populationModelRow>;
export type PopulationMetric = (typeof POPULATION_METRICS)[number];
