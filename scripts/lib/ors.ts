/**
 * Reading OpenRouteService route responses saved as GeoJSON. Their `segments[].steps[]` name the street
 * each stretch follows and point into the coordinate list with `way_points`, which lets a route be cut
 * down to the stretches along one named road.
 */
import type { Feature, LineString, Position } from 'geojson';

export interface OrsStep {
	name: string;
	distance: number;
	way_points: [number, number];
}

/** Unnamed stretches are "-" in ORS output. */
const UNNAMED = new Set(['-', '']);

function stepsOf(feature: Feature<LineString>): OrsStep[] {
	const segments = (feature.properties?.segments ?? []) as { steps?: OrsStep[] }[];
	return segments.flatMap((s) => s.steps ?? []);
}

/**
 * Stretches of a routed line along the streets `wanted` accepts. Unnamed steps shorter than
 * `bridgeKm` in total between two wanted stretches are kept, because the router names a road piece
 * "-" where it detours to a via-point or crosses a junction, and dropping them would cut the road.
 */
export function orsStretches(
	feature: Feature<LineString>,
	wanted: (streetName: string) => boolean,
	bridgeKm: number
): Position[][] {
	const coords = feature.geometry.coordinates;
	const steps = stepsOf(feature);
	const keep = steps.map((s) => wanted(s.name));
	// bridge short unnamed gaps between two wanted steps
	for (let i = 0; i < steps.length; i++) {
		if (!keep[i]) continue;
		let j = i + 1;
		let gap = 0;
		while (j < steps.length && !keep[j] && UNNAMED.has(steps[j]!.name)) {
			gap += steps[j]!.distance;
			j++;
		}
		if (j < steps.length && j > i + 1 && keep[j] && gap <= bridgeKm) {
			for (let k = i + 1; k < j; k++) keep[k] = true;
		}
	}
	const out: Position[][] = [];
	let from = -1;
	let to = -1;
	const flush = () => {
		if (from >= 0 && to > from) out.push(coords.slice(from, to + 1));
		from = -1;
		to = -1;
	};
	steps.forEach((step, i) => {
		const [a, b] = step.way_points;
		if (keep[i] && b > a) {
			// steps of one run are contiguous: each starts where the previous one ended
			if (from < 0 || a !== to) {
				flush();
				from = a;
			}
			to = b;
		} else if (!keep[i] || b !== a) {
			flush();
		}
	});
	flush();
	return out;
}
