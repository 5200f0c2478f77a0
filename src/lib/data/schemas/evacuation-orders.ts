/**
 * `data/evacuation-orders/`: one polygon per order or expansion (`evacuation-orders.geojson`, derived
 * from the digitised order maps, with the area computed from the polygon) and what each source stated
 * about it (`statements.csv`: area, people, who issued it) — both kept, the difference visible.
 */
import * as v from 'valibot';
import {
	date,
	id,
	optionalCount,
	optionalDate,
	optionalNumber,
	optionalText,
	ref,
	text,
	time
} from '../fields';

export const ORDER_KINDS = ['evacuation-order', 'humanitarian-area'] as const;

export const orderProperties = v.object({
	id: v.pipe(v.string(), v.regex(/^evac-[a-z0-9-]+$/, 'must look like evac-…')),
	kind: v.picklist(ORDER_KINDS, `must be one of: ${ORDER_KINDS.join(', ')}`),
	issued: date(),
	issued_time_utc: v.optional(time()),
	blocks: v.pipe(v.number(), v.integer(), v.minValue(1)),
	area_km2_computed: v.pipe(v.number(), v.minValue(0)),
	area_km2_index: v.optional(v.pipe(v.number(), v.minValue(0))),
	gazamaps_order: v.optional(v.pipe(v.number(), v.integer())),
	source_post_url: v.optional(
		v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https:// URL'))
	)
});

export const orderStatementRow = v.object({
	id: id('evstmt'),
	order_id: ref(),
	issued: optionalDate(),
	/** When the order took effect, where a source says; empty in every source read so far. */
	effective: optionalDate(),
	issuer: text(),
	area_description: text(),
	stated_area_km2: optionalNumber(),
	stated_people: optionalCount(),
	stated_people_qualifier: optionalText(),
	source_id: ref(),
	note: optionalText()
});

export type OrderKind = (typeof ORDER_KINDS)[number];
export type OrderProperties = v.InferOutput<typeof orderProperties>;
export type OrderStatement = v.InferOutput<typeof orderStatementRow>;
