/**
 * `data/places/`: the gazetteer the other datasets name (`places.csv`: names in both languages, common
 * spellings, a located point where a source gives one) and the operating status of hospitals over time
 * (`hospital-status.csv`, one row per statement per source).
 */
import * as v from 'valibot';
import {
	id,
	oneOf,
	optionalDate,
	optionalDegrees,
	optionalText,
	ref,
	text,
	TEXT_MAX
} from '../fields';
import { STRIP_BBOX } from './common';

export const PLACE_KINDS = [
	'city',
	'town',
	'village',
	'neighbourhood',
	'camp',
	'hospital',
	'field hospital',
	'crossing',
	'landmark'
] as const;

export const HOSPITAL_STATUSES = [
	'functional',
	'partially functional',
	'non-functional',
	'evacuated'
] as const;

export const placeRow = v.object({
	id: id('place'),
	kind: oneOf(PLACE_KINDS),
	name_en: text(TEXT_MAX.name),
	name_ar: optionalText(TEXT_MAX.name),
	/** Other spellings, separated by " | ". */
	aliases: optionalText(TEXT_MAX.prose),
	lon: optionalDegrees(STRIP_BBOX.west, STRIP_BBOX.east),
	lat: optionalDegrees(STRIP_BBOX.south, STRIP_BBOX.north),
	precision: oneOf(['exact', 'neighbourhood', 'approximate', 'unknown'] as const),
	location_source: optionalText(TEXT_MAX.prose),
	basemap_id: optionalText(TEXT_MAX.name),
	note: optionalText(TEXT_MAX.prose)
});

export const hospitalStatusRow = v.object({
	id: id('hstatus'),
	place_id: ref(),
	status: oneOf(HOSPITAL_STATUSES),
	valid_from: optionalDate(),
	valid_to: optionalDate(),
	source_id: ref(),
	note: optionalText(TEXT_MAX.prose)
});

export type Place = v.InferOutput<typeof placeRow>;
export type HospitalStatus = v.InferOutput<typeof hospitalStatusRow>;
export type HospitalStatusValue = (typeof HOSPITAL_STATUSES)[number];
