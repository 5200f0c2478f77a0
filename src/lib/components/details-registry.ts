/**
 * The UI side of the dataset registry: for each dataset, how its details open (title and component
 * with its props) and the list of its features in the panel. The details panel and the lists read only
 * this, so a new dataset adds one entry here and its details component.
 */
import type { Component } from 'svelte';
import { formatDate, formatNumber } from '$lib/data/describe';
import type { ExplorerRecords } from '$lib/data/explorer-data';
import type { SituationIndex } from '$lib/data/lookup';
import type { DatasetId } from '$lib/datasets/ids';
import { placeNameOf } from '$lib/i18n-names';
import { m } from '$lib/paraglide/messages';
import { term } from '$lib/terms';
import type { LayerId } from '$lib/view/layers';
import { gradeLabel } from './evidence-words';

export interface DetailsContext {
	id: string;
	index: SituationIndex;
	records: ExplorerRecords;
	/** Opens another feature's details (a strike's place, a place's strikes). */
	open: (id: string) => void;
}

/** A details view's component, loaded when a reader first opens a feature of its kind. */
// Each entry pairs a component with its own props; the panel only renders the pair.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loader<P extends Record<string, any>> = () => Promise<{ default: Component<P> }>;

/** A details view: its heading and its component with the props it needs, or null for an unknown id. */
export interface DetailsView {
	title: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	load: Loader<any>;
	props: Record<string, unknown>;
}

function view<P extends Record<string, unknown>>(
	title: string,
	load: Loader<P>,
	props: P
): DetailsView {
	return { title, load, props };
}

const orderTitle = (kind: string, issued: string) =>
	kind === 'humanitarian-area'
		? m.humanitarian_title({ date: formatDate(issued) })
		: m.order_title({ date: formatDate(issued) });

export const DETAILS = {
	strikes: ({ id, index, open }) => {
		const strike = index.strikes.get(id);
		return (
			strike &&
			view(strike.location, () => import('./StrikeDetails.svelte'), {
				strike,
				index,
				onplace: open
			})
		);
	},
	'shelter-population': ({ id, index }) => {
		const area = index.areas.get(id);
		return area && view(placeNameOf(area), () => import('./AreaDetails.svelte'), { id, index });
	},
	'aid-corridors': ({ id, index, records }) => {
		const crossing = index.crossings.get(id);
		if (crossing)
			return view(placeNameOf(crossing), () => import('./CrossingDetails.svelte'), {
				crossing,
				index,
				trucks: records.trucksDaily
			});
		const route = index.routes.get(id);
		return route && view(placeNameOf(route), () => import('./RouteDetails.svelte'), { route });
	},
	'evacuation-orders': ({ id, index, records }) => {
		const order = index.orders.get(id);
		return (
			order &&
			view(orderTitle(order.kind, order.issued), () => import('./EvacuationDetails.svelte'), {
				order,
				stats: records.zones.find((z) => z.id === id),
				index
			})
		);
	},
	places: ({ id, index, open }) => {
		const place = index.places.get(id);
		return (
			place &&
			view(placeNameOf(place), () => import('./PlaceDetails.svelte'), {
				place,
				index,
				onstrike: open
			})
		);
	},
	'ground-operations': ({ id, index, open }) => {
		const statement = index.groundStatements.get(id);
		return (
			statement &&
			view(
				`${statement.location}, ${formatDate(statement.date)}`,
				() => import('./GroundOperationDetails.svelte'),
				{
					statement,
					index,
					onopen: open
				}
			)
		);
	},
	damage: ({ id, index }) => {
		const area = index.municipalities.get(id);
		return area && view(placeNameOf(area), () => import('./DamageDetails.svelte'), { id, index });
	}
} satisfies Record<DatasetId, (c: DetailsContext) => DetailsView | undefined>;

export interface ListItem {
	id: string;
	label: string;
	detail?: string;
}

/** The panel's lists of features, the non-map way to open every record. */
export const LISTS = {
	strikes: {
		title: m.list_strikes,
		items: (r) => {
			const grade = new Map(r.strikeEvidence.map((e) => [e.strike_id, e.grade]));
			return [...r.strikes]
				.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
				.map((x) => {
					const g = grade.get(x.id);
					return {
						id: x.id,
						label: `${formatDate(x.date)} — ${x.location}`,
						detail: g && gradeLabel(g)
					};
				});
		}
	},
	'aid-corridors': {
		title: m.list_crossings,
		items: (r) =>
			r.crossings.map((c) => ({
				id: c.id,
				label: placeNameOf(c),
				detail: c.lon === undefined ? m.list_not_drawn() : undefined
			}))
	},
	'shelter-population': {
		title: m.list_areas,
		items: (r) => {
			const counts = new Map<string, number>();
			for (const f of r.population) counts.set(f.area_id, (counts.get(f.area_id) ?? 0) + 1);
			return r.areas.features
				.filter((f) => counts.has(f.properties.id) && f.properties.kind !== 'strip')
				.map((f) => ({
					id: f.properties.id,
					label: placeNameOf(f.properties),
					detail: m.list_figures({ count: counts.get(f.properties.id) ?? 0 })
				}));
		}
	},
	'evacuation-orders': {
		title: m.list_orders,
		items: (r) =>
			r.orders.features.map(({ properties: o }) => ({
				id: o.id,
				label:
					o.kind === 'humanitarian-area'
						? m.humanitarian_label({ date: formatDate(o.issued) })
						: m.order_label({ date: formatDate(o.issued) }),
				detail: m.area_km2({ area: formatNumber(o.area_km2_computed) })
			}))
	},
	hospitals: {
		title: m.list_hospitals,
		items: (r) =>
			r.places
				.filter((p) => p.kind === 'hospital' || p.kind === 'field hospital')
				.map((p) => ({
					id: p.id,
					label: placeNameOf(p),
					detail: p.lon === undefined ? m.list_not_drawn() : undefined
				}))
	},
	'ground-operations': {
		title: m.list_ground,
		items: (r) =>
			[...r.groundStatements]
				.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
				.map((x) => ({
					id: x.id,
					label: `${formatDate(x.date)} — ${x.location}`,
					detail: `${term('status', x.basis)}: ${term('ground_kind', x.kind).toLowerCase()}`
				}))
	},
	damage: {
		title: m.damage_list,
		items: (r) => {
			const counts = new Map<string, number>();
			for (const f of r.damageFigures) counts.set(f.area_id, (counts.get(f.area_id) ?? 0) + 1);
			// The municipalities, then the shelter-population areas damage figures refer to: not drawn
			// by this layer, their details list these figures beside the population ones.
			const figures = (id: string) => m.list_figures({ count: counts.get(id) ?? 0 });
			return [
				...r.municipalities.features.map(({ properties: a }) => ({
					id: a.id,
					label: placeNameOf(a),
					detail: figures(a.id)
				})),
				...r.areas.features
					.filter((f) => counts.has(f.properties.id))
					.map(({ properties: a }) => ({
						id: a.id,
						label: placeNameOf(a),
						detail: m.damage_list_area({ figures: figures(a.id) })
					}))
			];
		}
	}
} satisfies Record<LayerId, { title: () => string; items: (r: ExplorerRecords) => ListItem[] }>;
