/**
 * `data/damage/`: the municipalities of Rafah governorate (`damage.geojson`, polygons derived from
 * OCHA's municipal boundaries) and damage figures by area and assessment date (`figures.csv`), one
 * row per (area, date, metric, source). Figures may also refer to the shelter-population areas (the
 * governorate, the Strip) by their ids.
 */
import * as v from 'valibot';
import {
	boundedNumber,
	date,
	id,
	oneOf,
	optionalDate,
	optionalNumber,
	optionalProperty,
	optionalText,
	ref,
	text,
	TEXT_MAX
} from '../fields';
import { MAX_AREA_KM2, MAX_STRUCTURES } from './common';

export const MUNICIPALITY_KINDS = ['municipality'] as const;

export const municipalityProperties = v.object({
	id: v.pipe(v.string(), v.regex(/^muni-[a-z0-9-]+$/, 'must look like muni-…')),
	name_en: text(TEXT_MAX.name),
	name_ar: optionalProperty(TEXT_MAX.name),
	kind: v.picklist(MUNICIPALITY_KINDS, `must be one of: ${MUNICIPALITY_KINDS.join(', ')}`),
	/** The shelter-population area (governorate) the municipality was selected for. */
	governorate_id: v.pipe(v.string(), v.regex(/^area-[a-z0-9-]+$/, 'must look like area-…')),
	/** How much of the municipality's outline lies inside that governorate, in per cent. */
	share_in_governorate_pct: boundedNumber(0, 100),
	area_km2_computed: boundedNumber(0, MAX_AREA_KM2),
	derived_from: text(TEXT_MAX.prose)
});

/**
 * What a figure counts. `damaged_structures` is every structure in any damage class (destroyed,
 * severely, moderately or possibly damaged); `newly_damaged_structures` those first seen damaged
 * since the date in `since`; `buildings_total` the count of buildings a share is taken of;
 * `damaged_share_pct` the per cent of an area's buildings damaged, where a source gives only that.
 */
export const DAMAGE_METRICS = [
	'damaged_structures',
	'destroyed_structures',
	'severely_damaged_structures',
	'moderately_damaged_structures',
	'possibly_damaged_structures',
	'newly_damaged_structures',
	'buildings_total',
	'damaged_share_pct'
] as const;

/**
 * How the damage was seen: `optical` is UNOSAT's reading of very-high-resolution images, structure by
 * structure; `radar` an estimate from changes in Sentinel-1 radar returns, a different method whose
 * figures are not comparable with UNOSAT's.
 */
export const DAMAGE_METHODS = ['optical', 'radar'] as const;

export const damageFigureRow = v.object({
	id: id('dmg'),
	area_id: ref(),
	/** The date of the images the assessment rests on ("as of 6 July"), else the publication date. */
	date: date(),
	/** For new damage: the date of the earlier assessment it is counted from. */
	since: optionalDate(),
	metric: oneOf(DAMAGE_METRICS),
	/** A count (a whole number), or a per cent for `damaged_share_pct`; checked per metric. */
	value: v.pipe(
		optionalNumber(0, MAX_STRUCTURES),
		v.check((x) => x !== undefined, 'is required'),
		v.transform((x) => x as number)
	),
	method: oneOf(DAMAGE_METHODS),
	source_id: ref(),
	note: optionalText(TEXT_MAX.prose)
});

export type MunicipalityProperties = v.InferOutput<typeof municipalityProperties>;
export type DamageFigure = v.InferOutput<typeof damageFigureRow>;
export type DamageMetric = (typeof DAMAGE_METRICS)[number];
export type DamageMethod = (typeof DAMAGE_METHODS)[number];
