/**
 * Damage figures as the map draws them: which assessment the municipality choropleth shows (the
 * latest at which every municipality has a UNOSAT count of damaged structures; none if no date has
 * one for all), and each municipality's class at that assessment. A municipality without a figure at the assessment stays without one: never filled in.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DamageFigure, MunicipalityProperties } from './schemas/damage';

/**
 * The assessment the map and its legend name. The data gate fails when the data would map another
 * one, so the legend's date cannot go stale when figures are added.
 */
export const MAPPED_ASSESSMENT = '2025-10-11';

/** Upper bounds (exclusive) of the choropleth's classes; the last class has none. */
export const DAMAGE_CLASS_BOUNDS = [1_000, 5_000, 20_000] as const;
export const DAMAGE_CLASSES = ['under-1000', '1000-4999', '5000-19999', '20000-plus'] as const;
export type DamageClass = (typeof DAMAGE_CLASSES)[number];

/** A figure of the kind the choropleth draws: a UNOSAT optical count of damaged structures. */
export const isChoroplethFigure = (f: Pick<DamageFigure, 'metric' | 'method'>) =>
	f.metric === 'damaged_structures' && f.method === 'optical';

/** The latest date at which every municipality has a UNOSAT count of damaged structures. */
export function choroplethAssessment(
	municipalityIds: readonly string[],
	figures: readonly DamageFigure[]
): string | undefined {
	if (municipalityIds.length === 0) return undefined;
	const byDate = new Map<string, Set<string>>();
	for (const f of figures)
		if (isChoroplethFigure(f)) byDate.set(f.date, (byDate.get(f.date) ?? new Set()).add(f.area_id));
	return [...byDate]
		.filter(([, ids]) => municipalityIds.every((id) => ids.has(id)))
		.map(([date]) => date)
		.sort()
		.at(-1);
}

/** The class of a count of damaged structures. */
export function damageClass(value: number): DamageClass {
	const i = DAMAGE_CLASS_BOUNDS.findIndex((bound) => value < bound);
	return DAMAGE_CLASSES[i === -1 ? DAMAGE_CLASSES.length - 1 : i]!;
}

type Municipalities = FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;

/**
 * The municipalities with their count and class at the choropleth's assessment. Where two sources
 * give a count for the same municipality and date, the lowest is drawn (the details list them all).
 */
export function damageFeatures(municipalities: Municipalities, figures: readonly DamageFigure[]) {
	const ids = municipalities.features.map((f) => f.properties.id);
	const date = choroplethAssessment(ids, figures);
	const value = new Map<string, number>();
	for (const f of figures)
		if (date !== undefined && f.date === date && isChoroplethFigure(f))
			value.set(f.area_id, Math.min(value.get(f.area_id) ?? Infinity, f.value));
	return {
		type: 'FeatureCollection' as const,
		features: municipalities.features.map((f) => {
			const v = value.get(f.properties.id);
			const drawn =
				v === undefined || date === undefined
					? {}
					: { damaged_structures: v, damage_class: damageClass(v), assessment: date };
			return { ...f, properties: { ...f.properties, ...drawn } };
		})
	};
}
