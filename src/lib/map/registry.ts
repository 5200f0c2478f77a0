/**
 * The map side of the dataset registry: for each layer, the style layers it adds to its one source
 * (as a function of the palette and the language, the shape protomaps' `layers(theme, { lang })` has),
 * where they sit in the basemap, which of them a click can pick and in what order, and its legend. The
 * map root, the picking rules, the rendered counts, the legend and the style test all read this.
 */
import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { hospitalStatusOn, statusOn } from '$lib/data/status';
import { LAYER_IDS, type LayerId } from '$lib/view/layers';
import type { Lang } from '$lib/view/view-state';
import type { ExplorerRecords } from '$lib/data/explorer-data';
import type { LayerTimeline, Timelines } from './date-states';
import { buildTimelines } from './date-states';
import {
	crossingStatuses,
	groundBases,
	hospitalStatuses,
	legendRows,
	orderKinds
} from './styles/categories';
import * as style from './styles/data-layers';
import { m } from '$lib/paraglide/messages';
import { dateAt, dayCount } from '$lib/data/dates';
import { formatDate, formatNumber } from '$lib/data/describe';
import type { Palette } from './styles/palette';

const PERIOD_DAYS = Array.from({ length: dayCount() }, (_, i) => dateAt(i));

export type LegendShape = 'dot' | 'ring' | 'area' | 'line';

export interface LegendEntry {
	shape: LegendShape;
	fill: string;
	stroke: string;
	label: string;
	/** The symbol's diameter in pixels where size means something (the strikes' size key). */
	size?: number;
}

export interface MapLayerDef {
	/** The style layers, drawn in this order; each id starts with the layer id, each reads its source. */
	layers: (p: Palette, o: { lang: Lang }) => LayerSpecification[];
	/** A basemap layer to draw beneath (areas go under the roads so streets stay readable). */
	beforeId?: string;
	/** Layers a click can pick, with their rank: lower wins where features overlap. */
	pick: readonly { layer: string; rank: number }[];
	/** The layer whose drawn features count as the layer's features (the test signal). */
	counted: string;
	legend: (p: Palette) => LegendEntry[];
	/** How the layer changes with the date, if it does. */
	timeline?: LayerTimeline;
}

type Located = { lon?: number; lat?: number };
const located = <T extends Located>(rows: readonly T[]) =>
	rows.filter((r) => r.lon !== undefined && r.lat !== undefined);

const point: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const notPoint: FilterSpecification = ['!=', ['geometry-type'], 'Point'];

const dots = (rows: { colour: string; label: string }[]): LegendEntry[] =>
	rows.map((r) => ({ shape: 'dot', fill: r.colour, stroke: '#ffffff', label: r.label }));

export const MAP_LAYERS: Record<LayerId, MapLayerDef> = {
	strikes: {
		layers: (p) => [
			{
				id: 'strikes-uncertainty',
				type: 'circle',
				source: 'strikes',
				paint: style.strikeUncertaintyPaint(p)
			},
			{ id: 'strikes-point', type: 'circle', source: 'strikes', paint: style.strikePointPaint(p) },
			{
				id: 'strikes-keepout',
				type: 'symbol',
				source: 'strikes',
				layout: style.strikeKeepoutLayout(),
				paint: style.strikeKeepoutPaint
			}
		],
		// Only the point: the uncertain area is drawn for the hovered or selected strike alone, and an
		// undrawn area must not answer a click.
		pick: [{ layer: 'strikes-point', rank: 3 }],
		counted: 'strikes-point',
		timeline: {
			kind: 'dated',
			features: (s) => {
				const grade = new Map(s.strikeEvidence.map((e) => [e.strike_id, e.grade]));
				return s.strikes.map((r) => ({ id: r.id, date: r.date, grade: grade.get(r.id) }));
			}
		},
		legend: (p) => [
			{
				shape: 'dot',
				fill: p.strike,
				stroke: p.strike,
				label: m.legend_strike_exact()
			},
			{
				shape: 'ring',
				fill: 'transparent',
				stroke: p.strike,
				label: m.legend_strike_approximate()
			},
			...style.STRIKE_SIZES.map((s, i, all) => ({
				shape: 'dot' as const,
				fill: p.strike,
				stroke: p.strike,
				size: 2 * s.radius,
				label:
					s.killed === 0
						? m.legend_strike_size_none()
						: i === all.length - 1
							? m.legend_strike_size_over({ killed: formatNumber(s.killed) })
							: m.legend_strike_size({ killed: formatNumber(s.killed) })
			}))
		]
	},
	'shelter-population': {
		layers: (p, { lang }) => [
			{
				id: 'shelter-population-fill',
				type: 'fill',
				source: 'shelter-population',
				filter: notPoint,
				paint: style.shelterFillPaint(p)
			},
			{
				id: 'shelter-population-line',
				type: 'line',
				source: 'shelter-population',
				filter: notPoint,
				paint: style.shelterLinePaint(p)
			},
			{
				id: 'shelter-population-label',
				type: 'symbol',
				source: 'shelter-population',
				// The evacuation zones are named by their own layer, with the day of the order.
				filter: ['all', point, ['!=', ['get', 'kind'], 'evacuation-zone']],
				layout: style.shelterLabelLayout(lang),
				paint: style.shelterLabelPaint(p)
			}
		],
		beforeId: 'roads-casing',
		pick: [{ layer: 'shelter-population-fill', rank: 7 }],
		counted: 'shelter-population-fill',
		legend: (p) => [
			{
				shape: 'area',
				fill: p.shelter,
				stroke: p.shelterOutline,
				label: m.legend_area()
			}
		]
	},
	'aid-corridors': {
		layers: (p, { lang }) => [
			{
				id: 'aid-corridors-route',
				type: 'line',
				source: 'aid-corridors',
				filter: notPoint,
				layout: style.routeLayout,
				paint: style.routePaint(p)
			},
			{
				id: 'aid-corridors-crossing',
				type: 'circle',
				source: 'aid-corridors',
				filter: point,
				paint: style.crossingPaint(p)
			},
			{
				id: 'aid-corridors-crossing-label',
				type: 'symbol',
				source: 'aid-corridors',
				filter: point,
				layout: style.crossingLabelLayout(lang),
				paint: style.crossingLabelPaint(p)
			}
		],
		pick: [
			{ layer: 'aid-corridors-crossing', rank: 1 },
			{ layer: 'aid-corridors-route', rank: 5 }
		],
		counted: 'aid-corridors-crossing',
		timeline: {
			kind: 'status',
			features: (s) =>
				located(s.crossings).map((c) => ({
					id: c.id,
					statusOn: (d) => statusOn(s.crossingStatus, c.id, d) ?? 'unknown'
				}))
		},
		legend: (p) => [
			...dots(legendRows(crossingStatuses(p))),
			{ shape: 'line', fill: p.route, stroke: p.route, label: m.legend_route() }
		]
	},
	'evacuation-orders': {
		layers: (p) => [
			{
				id: 'evacuation-orders-fill',
				type: 'fill',
				source: 'evacuation-orders',
				paint: style.evacuationFillPaint(p)
			},
			{
				id: 'evacuation-orders-line',
				type: 'line',
				source: 'evacuation-orders',
				paint: style.evacuationLinePaint(p)
			},
			{
				id: 'evacuation-orders-label',
				type: 'symbol',
				source: 'evacuation-orders',
				layout: style.evacuationLabelLayout(
					{
						order: (day) =>
							day ? m.zone_label_order({ date: formatDate(day) }) : m.zone_label_order_undated(),
						humanitarian: m.zone_label_humanitarian()
					},
					PERIOD_DAYS
				),
				paint: style.evacuationLabelPaint(p)
			}
		],
		beforeId: 'roads-casing',
		pick: [{ layer: 'evacuation-orders-fill', rank: 6 }],
		counted: 'evacuation-orders-fill',
		timeline: {
			kind: 'dated',
			persists: true,
			features: (s) =>
				s.orders.features.map((f) => ({ id: f.properties.id, date: f.properties.issued }))
		},
		legend: (p) =>
			legendRows(orderKinds(p))
				.slice(0, -1)
				.map((r) => ({ shape: 'area', fill: r.colour, stroke: r.colour, label: r.label }))
	},
	hospitals: {
		layers: (p, { lang }) => [
			{
				id: 'hospitals-point',
				type: 'circle',
				source: 'hospitals',
				paint: style.hospitalPaint(p)
			},
			{
				id: 'hospitals-label',
				type: 'symbol',
				source: 'hospitals',
				minzoom: 12,
				layout: style.hospitalLabelLayout(lang),
				paint: style.crossingLabelPaint(p)
			}
		],
		pick: [{ layer: 'hospitals-point', rank: 2 }],
		counted: 'hospitals-point',
		timeline: {
			kind: 'status',
			features: (s) =>
				located(s.places)
					.filter((p) => p.kind === 'hospital' || p.kind === 'field hospital')
					.map((p) => ({
						id: p.id,
						statusOn: (d) => hospitalStatusOn(s.hospitalStatus, p.id, d) ?? 'unknown'
					}))
		},
		legend: (p) => dots(legendRows(hospitalStatuses(p)))
	},
	'ground-operations': {
		layers: (p) => [
			{
				id: 'ground-operations-uncertainty',
				type: 'circle',
				source: 'ground-operations',
				paint: style.groundUncertaintyPaint(p)
			},
			{
				id: 'ground-operations-point',
				type: 'circle',
				source: 'ground-operations',
				layout: style.groundPointLayout,
				paint: style.groundPointPaint(p)
			}
		],
		// Only the dot is pickable: the town-wide rings would otherwise answer every click on the town.
		pick: [{ layer: 'ground-operations-point', rank: 3.5 }],
		counted: 'ground-operations-point',
		timeline: {
			kind: 'dated',
			features: (s) => s.groundStatements.map((r) => ({ id: r.id, date: r.date }))
		},
		legend: (p) => [
			// Every statement has a basis, so the fallback row would only add noise.
			...dots(legendRows(groundBases(p)).slice(0, -1)),
			{
				shape: 'ring',
				fill: 'transparent',
				stroke: p.unknown,
				label: m.legend_ground_area()
			}
		]
	}
};

/**
 * A layer's style layers exactly as the map root adds them: the registry's specs with the reader's
 * visibility applied. The style test validates this very output.
 */
export function renderedLayers(
	id: LayerId,
	p: Palette,
	o: { lang: Lang; visible: boolean }
): LayerSpecification[] {
	const visibility = o.visible ? ('visible' as const) : ('none' as const);
	return MAP_LAYERS[id]
		.layers(p, o)
		.map((spec) => ({ ...spec, layout: { ...spec.layout, visibility } }) as LayerSpecification);
}

/** Every dated layer's timeline over the records, computed once when they load. */
export function layerTimelines(records: ExplorerRecords): Timelines {
	return buildTimelines(
		records,
		Object.fromEntries(LAYER_IDS.map((id) => [id, MAP_LAYERS[id].timeline]).filter(([, t]) => t))
	);
}
