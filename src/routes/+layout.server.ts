import { readSituation } from '$lib/server/situation';
import { zoneStats } from '$lib/geo/zones';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const situation = readSituation();
	const rafah = situation.areas.features.find((f) => f.properties.id === 'area-rafah-governorate');
	// Computed once at build: the geometry's own figures for each evacuation order.
	const zones = rafah
		? situation.orders.features.map((z) => zoneStats(z, rafah, situation.population))
		: [];
	return { situation, zones };
};
