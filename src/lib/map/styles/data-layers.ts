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
import { localName } from './basemap';
import type { Lang } from '$lib/view/view-state';
import {
	crossingStatuses,
	groundBases,
	hospitalStatuses,
	matchColour,
	orderKinds
} from './categories';
import { FONT, type Palette } from './palette';

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

/**
 * The area an imprecise strike may lie in, as an outline only: many incidents share a town-level point,
 * and stacked fills would paint the whole town red.
 */
export function strikeUncertaintyPaint(p: Palette): Paint<CircleLayerSpecification> {
	return {
		'circle-radius': groundRadius(['get', 'uncertainty_m']),
		'circle-color': p.uncertainty,
		'circle-opacity': ['case', hidden, 0, selected, 0.08, 0],
		'circle-stroke-color': p.uncertainty,
		'circle-stroke-width': ['case', selected, 2, ['match', ['get', 'precision'], 'exact', 0, 1]],
		'circle-stroke-opacity': ['case', hidden, 0, selected, 0.8, 0.25],
		'circle-pitch-alignment': 'map'
	};
}

/** Points sized by the highest stated toll; exact locations solid, imprecise ones hollow. */
export function strikePointPaint(p: Palette): Paint<CircleLayerSpecification> {
	const exact: ExpressionSpecification = ['==', ['get', 'precision'], 'exact'];
	return {
		'circle-radius': [
			'interpolate',
			['linear'],
			['coalesce', ['get', 'killed_max'], 0],
			0,
			5,
			10,
			8,
			50,
			14
		],
		'circle-color': ['case', exact, p.strike, p.strikeStroke],
		'circle-stroke-color': ['case', selected, p.selection, p.strike],
		'circle-stroke-width': ['case', selected, 3.5, 2],
		'circle-opacity': ['case', hidden, 0, ['any', recent, selected], 1, 0.55],
		'circle-stroke-opacity': ['case', hidden, 0, ['any', recent, selected], 1, 0.7]
	};
}

export function shelterFillPaint(p: Palette): Paint<FillLayerSpecification> {
	return {
		'fill-color': p.shelter,
		'fill-opacity': [
			'case',
			selected,
			0.3,
			['match', ['get', 'kind'], 'humanitarian-area', 0.16, 0.1]
		]
	};
}

export function shelterLinePaint(p: Palette): Paint<LineLayerSpecification> {
	return {
		'line-color': ['case', selected, p.selection, p.shelterOutline],
		'line-width': ['case', selected, 3, 1.5],
		'line-dasharray': [2, 1]
	};
}

export function shelterLabelLayout(lang: Lang): Layout<SymbolLayerSpecification> {
	return {
		'text-field': localName(lang),
		'text-font': [FONT],
		'text-size': 12,
		'text-max-width': 10
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

export function evacuationFillPaint(p: Palette): Paint<FillLayerSpecification> {
	return {
		'fill-color': matchColour(orderKinds(p), ['get', 'kind']),
		'fill-opacity': ['case', hidden, 0, selected, 0.35, isOrder, 0.22, 0.07]
	};
}

export function evacuationLinePaint(p: Palette): Paint<LineLayerSpecification> {
	return {
		'line-color': ['case', selected, p.selection, matchColour(orderKinds(p), ['get', 'kind'])],
		'line-width': ['case', selected, 3, 1.5],
		'line-opacity': ['case', hidden, 0, 1],
		'line-dasharray': [3, 2]
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
 * The area a ground statement may lie in, as an outline in its basis colour: many statements share a
 * town-wide radius, and fills would read as territory, which no statement here describes.
 */
export function groundUncertaintyPaint(p: Palette): Paint<CircleLayerSpecification> {
	return {
		'circle-radius': groundRadius(['get', 'uncertainty_m']),
		'circle-color': basisColour(p),
		'circle-opacity': ['case', hidden, 0, selected, 0.08, 0],
		'circle-stroke-color': basisColour(p),
		'circle-stroke-width': ['case', selected, 2, 1],
		'circle-stroke-opacity': ['case', hidden, 0, selected, 0.8, 0.2],
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
