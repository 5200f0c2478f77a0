/**
 * Indexes over a Situation for the details panel and tables: records by id, and the rows that refer to
 * them. Built once per page, not per selection.
 */
import type { DatasetId } from '../datasets/ids';
import { strikeEvidence, type StrikeEvidence } from './evidence';
import { placeKeyOf } from './ground-extent';
import { groupBy } from './group';
import type { Situation } from './situation';

/**
 * `strikeEvidence` is what the build derived (the explorer has it before it loads the sources); a
 * page that has the whole situation may leave it out and have it worked out here.
 */
export function indexSituation(s: Situation & { strikeEvidence?: readonly StrikeEvidence[] }) {
	return {
		sources: new Map(s.sources.map((r) => [r.id, r])),
		strikes: new Map(s.strikes.map((r) => [r.id, r])),
		reports: groupBy(s.strikeReports, (r) => r.strike_id),
		evidence: new Map((s.strikeEvidence ?? strikeEvidence(s)).map((e) => [e.strike_id, e])),
		areas: new Map(s.areas.features.map((f) => [f.properties.id, f.properties])),
		figures: groupBy(
			[...s.population].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
			(r) => r.area_id
		),
		crossings: new Map(s.crossings.map((r) => [r.id, r])),
		status: groupBy(
			[...s.crossingStatus].sort((a, b) =>
				(a.valid_from ?? a.valid_to ?? '').localeCompare(b.valid_from ?? b.valid_to ?? '')
			),
			(r) => r.crossing_id
		),
		volumes: groupBy(s.aidVolume, (r) => r.crossing_id),
		routes: new Map(s.routes.features.map((f) => [f.properties.id, f.properties])),
		orders: new Map(s.orders.features.map((f) => [f.properties.id, f.properties])),
		orderStatements: groupBy(s.orderStatements, (r) => r.order_id),
		places: new Map(s.places.map((r) => [r.id, r])),
		hospitalStatus: groupBy(
			[...s.hospitalStatus].sort((a, b) =>
				(a.valid_from ?? a.valid_to ?? '').localeCompare(b.valid_from ?? b.valid_to ?? '')
			),
			(r) => r.place_id
		),
		strikesByPlace: groupBy(
			s.strikes.filter((r) => r.place_id !== undefined),
			(r) => r.place_id as string
		),
		groundStatements: new Map(s.groundStatements.map((r) => [r.id, r])),
		/** Statements by their place (gazetteer entry, else area, else line), in date order. */
		groundByPlace: groupBy(
			[...s.groundStatements].sort(
				(a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)
			),
			(r) => placeKeyOf(r) ?? ''
		)
	};
}

export type SituationIndex = ReturnType<typeof indexSituation>;

/** The dataset a feature id belongs to, or undefined for an id no record has. */
export function datasetOf(index: SituationIndex, id: string): DatasetId | undefined {
	if (index.strikes.has(id)) return 'strikes';
	if (index.crossings.has(id) || index.routes.has(id)) return 'aid-corridors';
	if (index.areas.has(id)) return 'shelter-population';
	if (index.orders.has(id)) return 'evacuation-orders';
	if (index.places.has(id)) return 'places';
	if (index.groundStatements.has(id)) return 'ground-operations';
	return undefined;
}
