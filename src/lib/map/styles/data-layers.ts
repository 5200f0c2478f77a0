/**
 * Styles of the data layers, as pure functions of the palette. Layer ids follow the dataset ids
 * (`strikes-point`, `aid-corridors-route`, …) so tests, legend and toggles speak of the same names.
 */
import type {
	CircleLayerSpecification,
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { giveWay, localName } from './basemap';
import type { Lang } from '$lib/view/view-state';
import {
	crossingStatuses,
	groundBases,
	hospitalStatuses,
	matchColour,
	orderKinds
} from './categories';
import { FONT, type Palette } from './palette';
import type { EvidenceGrade } from '$lib/data/evidence';

type Paint<T extends { paint?: unknown }> = NonNullable<T['paint']>;
type Layout<T extends { layout?: unknown }> = NonNullable<T['layout']>;

/** Metres → pixels at Rafah's latitude for 512 px tiles: m · 2^z / (40075016.7 · cos 31.3° / 512). */
const METRES_PER_PIXEL_Z0 = (40075016.686 * Math.cos((31.3 * Math.PI) / 180)) / 512;

/**
 * A circle radius that stays `metres` wide on the ground at every zoom, so an imprecise location is
 * drawn as the area it may lie in rather than as a pin.
 */
export function groundRadius(
	metres: ExpressionSpecification | number
): DataDrivenPropertyValueSpecification<number> {
	return [
		'interpolate',
		['exponential', 2],
		['zoom'],
		0,
		['/', metres, METRES_PER_PIXEL_Z0],
		22,
		['/', ['*', metres, 2 ** 22], METRES_PER_PIXEL_Z0]
	];
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * True for features outside the chosen days (strikes not yet happened, orders not yet issued). Set as
 * feature-state from the date control, so a date step changes paint only: no re-tiling.
 */
const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];

/** True for events in the last days of the chosen window: drawn at full strength, older ones fainter. */
const recent: ExpressionSpecification = ['boolean', ['feature-state', 'recent'], false];

/** True for the feature under the pointer. */
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** The hovered or selected feature: the one whose uncertain area is drawn. */
const focused: ExpressionSpecification = ['any', selected, hovered];

/**
 * The area an imprecise strike may lie in, drawn only for the strike under the pointer or selected:
 * drawn for all, the circles (hundreds of metres to kilometres wide) overlap into a haze that hides
 * the town. A faint fill inside a firm outline, so the area reads as "somewhere in here".
 */
export function strikeUncertaintyPaint(p: Palette): Paint<CircleLayerSpecification> {
	return {
		'circle-radius': groundRadius(['get', 'uncertainty_m']),
		'circle-color': p.uncertainty,
		'circle-opacity': ['case', hidden, 0, focused, 0.1, 0],
		'circle-stroke-color': p.uncertainty,
		'circle-stroke-width': ['case', focused, 2, 0],
		'circle-stroke-opacity': ['case', hidden, 0, focused, 0.8, 0],
		'circle-pitch-alignment': 'map'
	};
}

/**
 * The size key of strikes: circle radius in pixels by the highest stated toll, interpolated between
 * these stops. The map's paint and the legend's size key both read it, so they agree.
 */
export const STRIKE_SIZES = [
	{ killed: 0, radius: 5 },
	{ killed: 10, radius: 8 },
	{ killed: 50, radius: 14 }
] as const;

const strikeRadius: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['coalesce', ['get', 'killed_max'], 0],
	...STRIKE_SIZES.flatMap((s) => [s.killed, s.radius])
];

/**
 * An invisible square over each strike that map labels give way to: a symbol layer above the labels,
 * placed first, so the basemap's names move beside a strike (or give way) instead of lying under it.
 * It covers every strike of the period, shown or not, so names keep still during playback.
 */
export const KEEPOUT_IMAGE = 'keepout';

export function strikeKeepoutLayout(): Layout<SymbolLayerSpecification> {
	return {
		'icon-image': KEEPOUT_IMAGE,
		// The image is one pixel: its size is the strike's diameter plus its outline.
		'icon-size': ['+', ['*', 2, strikeRadius], 4],
		'icon-allow-overlap': true,
		'icon-ignore-placement': false
	};
}

export const strikeKeepoutPaint: Paint<SymbolLayerSpecification> = { 'icon-opacity': 0 };

/**
 * A strike's outline in pixels by how well it is sourced: the better sourced, the bolder. The map's
 * paint and the evidence key beside the filter both read it, so they agree.
 */
export const EVIDENCE_STROKE: Record<EvidenceGrade, number> = {
	single: 1,
	several: 2,
	confirmed: 3
};

/**
 * Points sized by the highest stated toll, outlined by their evidence grade; exact locations solid,
 * imprecise ones hollow.
 */
export function strikePointPaint(p: Palette): Paint<CircleLayerSpecification> {
	const exact: ExpressionSpecification = ['==', ['get', 'precision'], 'exact'];
	return {
		'circle-radius': strikeRadius,
		'circle-color': ['case', exact, p.strike, p.strikeStroke],
		'circle-stroke-color': ['case', selected, p.selection, p.strike],
		'circle-stroke-width': [
			'case',
			selected,
			3.5,
			[
				'match',
				['get', 'grade'],
				'confirmed',
				EVIDENCE_STROKE.confirmed,
				'several',
				EVIDENCE_STROKE.several,
				EVIDENCE_STROKE.single
			]
		],
		'circle-opacity': ['case', hidden, 0, ['any', recent, selected], 1, 0.55],
		'circle-stroke-opacity': ['case', hidden, 0, ['any', recent, selected], 1, 0.7]
	};
}

/**
 * Areas that figures refer to. Only the humanitarian area is filled: the governorates and the strip
 * are large and nested, and their stacked fills tinted the whole map; the evacuation zones are drawn
 * by their own layer. The rest show as a thin outline, and any area in full when selected.
 */
export function shelterFillPaint(p: Palette): Paint<FillLayerSpecification> {
	return {
		'fill-color': p.shelter,
		'fill-opacity': [
			'case',
			selected,
			0.25,
			['match', ['get', 'kind'], 'humanitarian-area', 0.1, 0]
		]
	};
}

export function shelterLinePaint(p: Palette): Paint<LineLayerSpecification> {
	return {
		'line-color': ['case', selected, p.selection, p.shelterOutline],
		'line-width': ['case', selected, 3, 1],
		'line-opacity': ['case', selected, 1, ['match', ['get', 'kind'], 'evacuation-zone', 0, 0.6]],
		'line-dasharray': [2, 1]
	};
}

export function shelterLabelLayout(lang: Lang): Layout<SymbolLayerSpecification> {
	return {
		'text-field': localName(lang),
		'text-font': [FONT],
		'text-size': 11,
		'text-max-width': 10,
		...giveWay
	};
}

export function shelterLabelPaint(p: Palette): Paint<SymbolLayerSpecification> {
	return { 'text-color': p.shelterOutline, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };
}

export function routePaint(p: Palette): Paint<LineLayerSpecification> {
	return {
		'line-color': ['case', selected, p.selection, p.route],
		'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 15, 5],
		'line-opacity': 0.85
	};
}

export const routeLayout: Layout<LineLayerSpecification> = {
	'line-join': 'round',
	'line-cap': 'round'
};

export function crossingPaint(p: Palette): Paint<CircleLayerSpecification> {
	return {
		'circle-radius': 9,
		'circle-color': matchColour(crossingStatuses(p), [
			'coalesce',
			['feature-state', 'status'],
			['get', 'status']
		]),
		'circle-stroke-color': ['case', selected, p.selection, '#ffffff'],
		'circle-stroke-width': ['case', selected, 3.5, 2]
	};
}

export function crossingLabelLayout(lang: Lang): Layout<SymbolLayerSpecification> {
	return {
		'text-field': localName(lang),
		'text-font': [FONT],
		'text-size': 12,
		'text-anchor': 'left',
		'text-offset': [1.1, 0],
		'text-max-width': 12
	};
}

export function crossingLabelPaint(p: Palette): Paint<SymbolLayerSpecification> {
	return { 'text-color': p.label, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };
}

const isOrder: ExpressionSpecification = ['==', ['get', 'kind'], 'evacuation-order'];

/** Orders filled strongly enough to read at the home view; the humanitarian area faintly, as a place. */
export function evacuationFillPaint(p: Palette): Paint<FillLayerSpecification> {
	return {
		'fill-color': matchColour(orderKinds(p), ['get', 'kind']),
		'fill-opacity': ['case', hidden, 0, selected, 0.35, isOrder, 0.2, 0.1]
	};
}

export function evacuationLinePaint(p: Palette): Paint<LineLayerSpecification> {
	return {
		'line-color': ['case', selected, p.selection, matchColour(orderKinds(p), ['get', 'kind'])],
		'line-width': ['case', selected, 3, 2],
		'line-opacity': ['case', hidden, 0, 1],
		'line-dasharray': [
			'match',
			['get', 'kind'],
			'evacuation-order',
			['literal', [1]],
			['literal', [3, 2]]
		]
	};
}

/**
 * Each zone named on the map, in its middle: the order with its day, the humanitarian area as such.
 * `days` gives the label of each issue day, written in the reader's language by the caller.
 */
export function evacuationLabelLayout(
	labels: { order: (day: string) => string; humanitarian: string },
	days: readonly string[]
): Layout<SymbolLayerSpecification> {
	// A match needs one arm at least: an empty list of days still labels every order, undated.
	const byDay = (days.length ? days : ['']).flatMap((d) => [d, labels.order(d)]) as [
		string,
		string,
		...string[]
	];
	return {
		'text-field': [
			'match',
			['get', 'kind'],
			'humanitarian-area',
			labels.humanitarian,
			['match', ['get', 'issued'], ...byDay, labels.order('')]
		],
		'text-font': [FONT],
		'text-size': ['interpolate', ['linear'], ['zoom'], 10, 11, 14, 14],
		'text-max-width': 9,
		...giveWay
	};
}

export function evacuationLabelPaint(p: Palette): Paint<SymbolLayerSpecification> {
	return {
		'text-color': matchColour(orderKinds(p), ['get', 'kind']),
		'text-halo-color': '#ffffff',
		'text-halo-width': 1.8,
		'text-opacity': ['case', hidden, 0, 1]
	};
}

/** Hospitals: a square-cornered marker coloured by the last sourced status on the chosen day. */
export function hospitalPaint(p: Palette): Paint<CircleLayerSpecification> {
	return {
		'circle-radius': 7,
		'circle-color': matchColour(hospitalStatuses(p), [
			'coalesce',
			['feature-state', 'status'],
			'unknown'
		]),
		'circle-stroke-color': ['case', selected, p.selection, '#ffffff'],
		'circle-stroke-width': ['case', selected, 3.5, 2]
	};
}

export function hospitalLabelLayout(lang: Lang): Layout<SymbolLayerSpecification> {
	return { ...crossingLabelLayout(lang), 'text-size': 11 };
}

const basisColour = (p: Palette) => matchColour(groundBases(p), ['get', 'basis']);

/**
 * The area a ground statement may lie in, as an outline in its basis colour, for the statement under
 * the pointer or selected only: many statements share a town-wide radius, and fills for all would read
 * as territory, which no statement here describes.
 */
export function groundUncertaintyPaint(p: Palette): Paint<CircleLayerSpecification> {
	return {
		'circle-radius': groundRadius(['get', 'uncertainty_m']),
		'circle-color': basisColour(p),
		'circle-opacity': ['case', hidden, 0, focused, 0.08, 0],
		'circle-stroke-color': basisColour(p),
		'circle-stroke-width': ['case', focused, 2, 0],
		'circle-stroke-opacity': ['case', hidden, 0, focused, 0.8, 0],
		'circle-pitch-alignment': 'map'
	};
}

/**
 * Many statements share a point (the town centre, the border strip). Reports outnumber claims and
 * claims outnumber assessments, so the rarer bases are drawn on top rather than lost beneath.
 */
export const groundPointLayout: Layout<CircleLayerSpecification> = {
	'circle-sort-key': ['match', ['get', 'basis'], 'assessed', 2, 'claimed', 1, 0]
};

/** Statements as small dots coloured by basis, hidden after the chosen day like strikes. */
export function groundPointPaint(p: Palette): Paint<CircleLayerSpecification> {
	return {
		'circle-radius': 5,
		'circle-color': basisColour(p),
		'circle-stroke-color': ['case', selected, p.selection, '#ffffff'],
		'circle-stroke-width': ['case', selected, 3.5, 1.5],
		'circle-opacity': ['case', hidden, 0, 1],
		'circle-stroke-opacity': ['case', hidden, 0, 1]
	};
}
