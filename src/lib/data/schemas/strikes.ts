/**
 * `data/strikes/`: one row per incident in `strikes.csv`, one row per source's account of it in
 * `reports.csv` (tolls as that source states them, and any party's own claim).
 */
import * as v from 'valibot';
import {
	count,
	date,
	degrees,
	id,
	oneOf,
	optionalCount,
	optionalRef,
	optionalText,
	optionalTime,
	ref,
	text,
	TEXT_MAX
} from '../fields';
import { AREA_BBOX, MAX_TOLL, MAX_UNCERTAINTY_M, PRECISIONS } from './common';

export const STRIKE_KINDS = [
	'airstrike',
	'shelling',
	'gunfire',
	'drone strike',
	'naval fire',
	'unspecified'
] as const;

export const STRIKE_TARGETS = [
	'home',
	'residential building',
	'tent camp',
	'shelter',
	'school',
	'hospital',
	'health facility',
	'mosque',
	'vehicle',
	'aid convoy',
	'aid facility',
	'street',
	'agricultural land',
	'unspecified'
] as const;

export const strikeRow = v.object({
	id: id('strike'),
	date: date(),
	time: optionalTime(),
	location: text(TEXT_MAX.name),
	/** The gazetteer entry (data/places) the location names, most specific first. */
	place_id: optionalRef(),
	lon: degrees(AREA_BBOX.west, AREA_BBOX.east),
	lat: degrees(AREA_BBOX.south, AREA_BBOX.north),
	precision: oneOf(PRECISIONS),
	uncertainty_m: count(MAX_UNCERTAINTY_M),
	kind: oneOf(STRIKE_KINDS),
	target: oneOf(STRIKE_TARGETS),
	summary: text(TEXT_MAX.prose)
});

export const strikeReportRow = v.object({
	strike_id: ref(),
	source_id: ref(),
	killed: optionalCount(MAX_TOLL),
	injured: optionalCount(MAX_TOLL),
	claim: optionalText(TEXT_MAX.prose),
	note: optionalText(TEXT_MAX.prose)
});

export type StrikeRow = v.InferOutput<typeof strikeRow>;
export type StrikeReport = v.InferOutput<typeof strikeReportRow>;
