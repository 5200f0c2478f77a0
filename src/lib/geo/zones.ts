/**
 * What the geometry of an evacuation order says, to set beside what sources state: its area, how much
 * of it lies in Rafah governorate, and how many people it would hold if Rafah's stated population were
 * spread evenly — a crude bound, labelled as such, never a replacement for a stated figure.
 */
import { area, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PopulationFigure } from '$lib/data/schemas/shelter-population';

export interface EvenSpreadEstimate {
	source_id: string;
	date: string;
	rafahPopulation: number;
	people: number;
}

export interface ZoneStats {
	id: string;
	areaKm2: number;
	/** km² of the zone inside Rafah governorate. */
	inRafahKm2: number;
	/** Share of Rafah governorate's area the zone covers (0–1). */
	shareOfRafah: number;
	estimates: EvenSpreadEstimate[];
}

const km2 = (f: Feature<Polygon | MultiPolygon>) => Math.round((area(f) / 1e6) * 100) / 100;

export function zoneStats(
	zone: Feature<Polygon | MultiPolygon, { id: string; issued: string }>,
	rafah: Feature<Polygon | MultiPolygon>,
	figures: readonly PopulationFigure[]
): ZoneStats {
	const overlap = intersect(featureCollection([zone, rafah]));
	const inRafahKm2 = overlap ? km2(overlap) : 0;
	const rafahKm2 = km2(rafah);
	const shareOfRafah = rafahKm2 > 0 ? inRafahKm2 / rafahKm2 : 0;
	// Only figures for the whole governorate stated on or before the order: the population it applied to.
	const estimates = figures
		.filter(
			(f) =>
				f.area_id === 'area-rafah-governorate' &&
				f.metric === 'people_sheltering' &&
				f.value !== undefined &&
				f.date <= zone.properties.issued
		)
		.map((f) => ({
			source_id: f.source_id,
			date: f.date,
			rafahPopulation: f.value!,
			people: Math.round((f.value! * shareOfRafah) / 1000) * 1000
		}));
	return { id: zone.properties.id, areaKm2: km2(zone), inRafahKm2, shareOfRafah, estimates };
}
