/**
 * Each vocabulary the map colours by, stated once: value → colour → label. The style's `match`
 * expressions, the legend and every swatch in the details are built from these tables, so map, key and
 * text cannot disagree.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { DAMAGE_CLASS_BOUNDS, type DamageClass } from '$lib/data/damage';
import { formatNumber } from '$lib/data/describe';
import type { CrossingStatusValue } from '$lib/data/schemas/aid-corridors';
import type { OrderKind } from '$lib/data/schemas/evacuation-orders';
import type { GroundBasis } from '$lib/data/schemas/ground-operations';
import type { HospitalStatusValue } from '$lib/data/schemas/places';
import { m } from '$lib/paraglide/messages';
import type { Palette } from './palette';

export interface Category<V extends string> {
	value: V;
	colour: string;
	label: string;
}

/** A table of categories with the colour used when a feature has none of the values. */
export interface Vocabulary<V extends string> {
	categories: readonly Category<V>[];
	fallback: { colour: string; label: string };
}

export function crossingStatuses(p: Palette): Vocabulary<CrossingStatusValue> {
	return {
		categories: [
			{ value: 'open', colour: p.crossingOpen, label: m.crossing_open() },
			{ value: 'restricted', colour: p.crossingRestricted, label: m.crossing_restricted() },
			{ value: 'closed', colour: p.crossingClosed, label: m.crossing_closed() }
		],
		fallback: { colour: p.unknown, label: m.status_not_stated() }
	};
}

export function hospitalStatuses(p: Palette): Vocabulary<HospitalStatusValue> {
	return {
		categories: [
			{ value: 'functional', colour: p.hospitalFunctional, label: m.hospital_functional() },
			{
				value: 'partially functional',
				colour: p.hospitalPartial,
				label: m.hospital_partial()
			},
			{ value: 'non-functional', colour: p.hospitalDown, label: m.hospital_down() },
			{ value: 'evacuated', colour: p.hospitalDown, label: m.hospital_evacuated() }
		],
		fallback: { colour: p.unknown, label: m.hospital_no_status() }
	};
}

export function orderKinds(p: Palette): Vocabulary<OrderKind> {
	return {
		categories: [
			{
				value: 'evacuation-order',
				colour: p.evacuation,
				label: m.order_kind_order()
			},
			{
				value: 'humanitarian-area',
				colour: p.humanitarianArea,
				label: m.order_kind_humanitarian()
			}
		],
		fallback: { colour: p.unknown, label: m.order_kind_other() }
	};
}

/** Ground statements by what they rest on; the map never mixes the three into one colour. */
export function groundBases(p: Palette): Vocabulary<GroundBasis> {
	return {
		categories: [
			{
				value: 'claimed',
				colour: p.groundClaimed,
				label: m.basis_claimed()
			},
			{
				value: 'reported',
				colour: p.groundReported,
				label: m.basis_reported()
			},
			{ value: 'assessed', colour: p.groundAssessed, label: m.basis_assessed() }
		],
		fallback: { colour: p.unknown, label: m.basis_not_stated() }
	};
}

/** Municipalities by damaged structures at the mapped assessment, light to dark. */
export function damageClasses(p: Palette): Vocabulary<DamageClass> {
	const [low, medium, high] = DAMAGE_CLASS_BOUNDS.map((b) => formatNumber(b));
	const below = (n: number) => formatNumber(n - 1);
	return {
		categories: [
			{ value: 'under-1000', colour: p.damageLow, label: m.damage_class_under({ max: low! }) },
			{
				value: '1000-4999',
				colour: p.damageMedium,
				label: m.damage_class_range({ min: low!, max: below(DAMAGE_CLASS_BOUNDS[1]) })
			},
			{
				value: '5000-19999',
				colour: p.damageHigh,
				label: m.damage_class_range({ min: medium!, max: below(DAMAGE_CLASS_BOUNDS[2]) })
			},
			{ value: '20000-plus', colour: p.damageSevere, label: m.damage_class_over({ min: high! }) }
		],
		fallback: { colour: p.unknown, label: m.damage_class_none() }
	};
}

/**
 * `['match', input, value, colour, …, fallback]`, with values that share a colour grouped, as the
 * style spec requires each value to appear once.
 */
export function matchColour<V extends string>(
	vocabulary: Vocabulary<V>,
	input: ExpressionSpecification
): ExpressionSpecification {
	const byColour = new Map<string, V[]>();
	for (const c of vocabulary.categories)
		byColour.set(c.colour, [...(byColour.get(c.colour) ?? []), c.value]);
	const arms = [...byColour].flatMap(([colour, values]) => [
		values.length === 1 ? values[0]! : values,
		colour
	]);
	return [
		'match',
		input,
		...arms,
		vocabulary.fallback.colour
	] as unknown as ExpressionSpecification;
}

/** The colour and label of `value` in a vocabulary (the fallback for an unknown or missing value). */
export function categoryOf<V extends string>(
	vocabulary: Vocabulary<V>,
	value: string | undefined
): { colour: string; label: string } {
	return vocabulary.categories.find((c) => c.value === value) ?? vocabulary.fallback;
}

/** Legend rows: categories that share a colour are one row ("Out of service or evacuated"). */
export function legendRows<V extends string>(
	vocabulary: Vocabulary<V>
): { colour: string; label: string }[] {
	const rows: { colour: string; label: string }[] = [];
	for (const c of vocabulary.categories) {
		const row = rows.find((r) => r.colour === c.colour);
		if (row) row.label = m.legend_or({ first: row.label, second: c.label.toLowerCase() });
		else rows.push({ colour: c.colour, label: c.label });
	}
	return [...rows, vocabulary.fallback];
}
