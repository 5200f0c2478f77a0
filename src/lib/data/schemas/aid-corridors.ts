/**
 * `data/aid-corridors/`: entry points (`crossings.csv`), their sourced status intervals (`status.csv`),
 * the main aid routes (`routes.geojson`), daily truck lines from the UNRWA line list
 * (`trucks-daily.csv`, computed) and the aid volumes sources state (`aid-volume.csv`).
 */
import * as v from 'valibot';
import {
	count,
	date,
	optionalDegrees,
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
import { AID_VALUE, MAX_TRUCKS_PER_DAY, STRIP_BBOX } from './common';

export const CROSSING_KINDS = ['land crossing', 'gate', 'maritime pier'] as const;
export const CROSSING_STATUSES = ['open', 'restricted', 'closed'] as const;
export const VOLUME_METRICS = ['trucks_per_day_avg', 'trucks_total', 'percent_change'] as const;

export const crossingRow = v.object({
	id: id('crossing'),
	name_en: text(TEXT_MAX.name),
	name_ar: optionalText(TEXT_MAX.name),
	kind: oneOf(CROSSING_KINDS),
	/** Empty when no source places it: then it is listed, not drawn. */
	lon: optionalDegrees(STRIP_BBOX.west, STRIP_BBOX.east),
	lat: optionalDegrees(STRIP_BBOX.south, STRIP_BBOX.north),
	precision: oneOf(['exact', 'approximate', 'unknown'] as const),
	note: optionalText(TEXT_MAX.prose)
});

export const crossingStatusRow = v.object({
	id: id('status'),
	crossing_id: ref(),
	status: oneOf(CROSSING_STATUSES),
	/** Either end may be unstated ("closed until 8 June"); the cross-checks need one of them. */
	valid_from: optionalDate(),
	valid_to: optionalDate(),
	source_id: ref(),
	note: optionalText(TEXT_MAX.prose)
});

export const aidVolumeRow = v.object({
	id: id('volume'),
	crossing_id: ref(),
	/** Either end may be unstated ("in the past week to 26 May"); the cross-checks need one of them. */
	period_from: optionalDate(),
	period_to: optionalDate(),
	metric: oneOf(VOLUME_METRICS),
	value: optionalNumber(AID_VALUE.min, AID_VALUE.max),
	qualifier: optionalText(TEXT_MAX.name),
	source_id: ref(),
	note: optionalText(TEXT_MAX.prose)
});

export const truckDayRow = v.object({
	date: date(),
	crossing_id: ref(),
	truck_lines: count(MAX_TRUCKS_PER_DAY)
});

export const routeProperties = v.object({
	id: v.pipe(v.string(), v.regex(/^route-[a-z0-9-]+$/, 'must look like route-…')),
	name_en: text(TEXT_MAX.name),
	name_ar: optionalProperty(TEXT_MAX.name),
	derived_from: text(TEXT_MAX.prose)
});

export type Crossing = v.InferOutput<typeof crossingRow>;
export type CrossingStatus = v.InferOutput<typeof crossingStatusRow>;
export type CrossingStatusValue = (typeof CROSSING_STATUSES)[number];
export type AidVolume = v.InferOutput<typeof aidVolumeRow>;
export type TruckDay = v.InferOutput<typeof truckDayRow>;
export type RouteProperties = v.InferOutput<typeof routeProperties>;
