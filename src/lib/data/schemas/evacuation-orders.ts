/**
 * `data/evacuation-orders/`: one polygon per order or expansion (`evacuation-orders.geojson`, derived
 * from the digitised order maps, with the area computed from the polygon) and what each source stated
 * about it (`statements.csv`: area, people, who issued it) — both kept, the difference visible.
 */
import * as v from 'valibot';
import {
	boundedNumber,
	date,
	httpsUrl,
	id,
	optionalCount,
	optionalDate,
	optionalNumber,
	optionalText,
	ref,
	text,
	TEXT_MAX,
	time,
	wholeNumber
} from '../fields';
import { MAX_AREA_KM2, MAX_BLOCKS, MAX_ORDER_NUMBER, MAX_PEOPLE } from './common';

export const ORDER_KINDS = ['evacuation-order', 'humanitarian-area'] as const;

export const orderProperties = v.object({
	id: v.pipe(v.string(), v.regex(/^evac-[a-z0-9-]+$/, 'must look like evac-…')),
	kind: v.picklist(ORDER_KINDS, `must be one of: ${ORDER_KINDS.join(', ')}`),
	issued: date(),
	issued_time_utc: v.optional(time()),
	blocks: wholeNumber(1, MAX_BLOCKS),
	area_km2_computed: boundedNumber(0, MAX_AREA_KM2),
	area_km2_index: v.optional(boundedNumber(0, MAX_AREA_KM2)),
	gazamaps_order: v.optional(wholeNumber(1, MAX_ORDER_NUMBER)),
	source_post_url: v.optional(httpsUrl())
});

export const orderStatementRow = v.object({
	id: id('evstmt'),
	order_id: ref(),
	issued: optionalDate(),
	/** When the order took effect, where a source says; empty in every source read so far. */
	effective: optionalDate(),
	issuer: text(TEXT_MAX.name),
	area_description: text(TEXT_MAX.prose),
	stated_area_km2: optionalNumber(0, MAX_AREA_KM2),
	stated_people: optionalCount(MAX_PEOPLE),
	stated_people_qualifier: optionalText(TEXT_MAX.name),
	source_id: ref(),
	note: optionalText(TEXT_MAX.prose)
});

export type OrderKind = (typeof ORDER_KINDS)[number];
export type OrderProperties = v.InferOutput<typeof orderProperties>;
export type OrderStatement = v.InferOutput<typeof orderStatementRow>;
