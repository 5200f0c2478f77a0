/**
 * The offline basemap as pure style functions of a palette. Tiles are built from `data/basemap/` at build
 * time and served by the app; labels are drawn from the app's own font files through `font-faces`, so no
 * glyph server, tile server or key is needed.
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '$lib/view/view-state';
import { FONT, type Palette } from './palette';

export const BASEMAP_SOURCE = 'basemap';
/** Where the basemap has tiles, and at which zooms (the tile build writes these). */
export const BASEMAP_BOUNDS = [34.19, 31.2, 34.4, 31.42] as const;
export const BASEMAP_ZOOMS = { min: 9, max: 15 } as const;

/** The basemap's credit, in the attribution control and on the sources page. */
export const BASEMAP_ATTRIBUTION = '© OpenStreetMap contributors · boundaries © OCHA COD-AB';

/** Where the app serves its own assets; absolute because MapLibre fetches from a worker. */
export interface BasemapAssets {
	tiles: string;
	fonts: { latin: string; arabic: string };
}

/** Unicode ranges matching the @fontsource subsets, so each script comes from its own file. */
const LATIN_RANGES = [
	'U+0000-00FF',
	'U+0131',
	'U+0152-0153',
	'U+02BB-02BC',
	'U+02C6',
	'U+02DA',
	'U+02DC',
	'U+2000-206F',
	'U+20AC',
	'U+2122',
	'U+2191',
	'U+2193',
	'U+2212',
	'U+2215',
	'U+FEFF',
	'U+FFFD'
];
const ARABIC_RANGES = [
	'U+0600-06FF',
	'U+0750-077F',
	'U+0870-088E',
	'U+0890-0891',
	'U+0897-08E1',
	'U+08E3-08FF',
	'U+200C-200E',
	'U+2010-2011',
	'U+204F',
	'U+2E41',
	'U+FB50-FDFF',
	'U+FE70-FE74',
	'U+FE76-FEFC'
];

/**
 * Where a label sits when its point is taken (by a strike's keep-out, say): centred if it can be,
 * else beside the point. Place and area names use it so they move aside rather than vanish.
 */
export const giveWay: NonNullable<SymbolLayerSpecification['layout']> = {
	'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
	'text-radial-offset': 0.9
};

/**
 * The name in the reader's language, else the other one where the data has only that. One language
 * per map, as OCHA's and ISW's maps do: an English view then needs neither the Arabic font nor the
 * right-to-left plugin (about 84 KiB), and both load only when an Arabic label is drawn.
 */
export function localName(lang: Lang): ExpressionSpecification {
	const [first, second] = lang === 'ar' ? ['name_ar', 'name_en'] : ['name_en', 'name_ar'];
	return ['coalesce', ['get', first], ['get', second], ''];
}

export function basemapLayers(p: Palette, { lang }: { lang: Lang }): LayerSpecification[] {
	const src = { source: BASEMAP_SOURCE } as const;
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': p.sea } },
		{
			id: 'land',
			type: 'fill',
			...src,
			'source-layer': 'land',
			paint: {
				'fill-color': ['match', ['get', 'country'], 'gaza', p.land, p.landForeign]
			}
		},
		{
			id: 'buildings',
			type: 'fill',
			...src,
			'source-layer': 'buildings',
			minzoom: 13,
			paint: { 'fill-color': p.buildings, 'fill-outline-color': p.buildingsOutline }
		},
		{
			id: 'boundaries-admin',
			type: 'line',
			...src,
			'source-layer': 'boundaries',
			filter: ['match', ['get', 'kind'], ['governorate', 'municipality'], true, false],
			paint: {
				'line-color': p.boundaryAdmin,
				'line-width': ['match', ['get', 'kind'], 'governorate', 1.2, 0.7],
				'line-dasharray': [3, 2]
			}
		},
		{
			id: 'roads-casing',
			type: 'line',
			...src,
			'source-layer': 'roads',
			filter: ['==', ['get', 'kind'], 'main'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': p.roadCasing,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 15, 7]
			}
		},
		{
			id: 'roads-main',
			type: 'line',
			...src,
			'source-layer': 'roads',
			filter: ['==', ['get', 'kind'], 'main'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': p.roadMain,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 15, 5]
			}
		},
		{
			id: 'roads-corridor',
			type: 'line',
			...src,
			'source-layer': 'roads',
			filter: ['==', ['get', 'kind'], 'corridor'],
			paint: {
				'line-color': p.corridor,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 3, 15, 12],
				'line-opacity': 0.35
			}
		},
		{
			id: 'boundaries-national',
			type: 'line',
			...src,
			'source-layer': 'boundaries',
			filter: ['match', ['get', 'kind'], ['international', 'armistice'], true, false],
			paint: {
				'line-color': [
					'match',
					['get', 'kind'],
					'international',
					p.boundaryInternational,
					p.boundaryArmistice
				],
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.2, 15, 2.5],
				'line-dasharray': [
					'match',
					['get', 'kind'],
					'armistice',
					['literal', [4, 2]],
					['literal', [1, 0]]
				]
			}
		},
		{
			id: 'roads-label',
			type: 'symbol',
			...src,
			'source-layer': 'roads',
			minzoom: 12,
			layout: {
				'symbol-placement': 'line',
				'text-field': ['coalesce', ['get', 'name_en'], ''],
				'text-font': [FONT],
				'text-size': 11
			},
			paint: { 'text-color': p.labelMuted, 'text-halo-color': p.labelHalo, 'text-halo-width': 1.5 }
		},
		placesLabel(
			p,
			lang,
			'places-label-major',
			['match', ['get', 'kind'], ['city', 'town'], true, false],
			9
		),
		placesLabel(
			p,
			lang,
			'places-label-minor',
			['match', ['get', 'kind'], ['city', 'town'], false, true],
			12.5
		)
	];
}

function placesLabel(
	p: Palette,
	lang: Lang,
	id: string,
	filter: ExpressionSpecification,
	minzoom: number
): LayerSpecification {
	const major = id.endsWith('major');
	return {
		id,
		type: 'symbol',
		source: BASEMAP_SOURCE,
		'source-layer': 'places',
		minzoom,
		filter,
		layout: {
			'text-field': localName(lang),
			'text-font': [FONT],
			'text-size': ['interpolate', ['linear'], ['zoom'], 10, major ? 13 : 10, 15, major ? 17 : 13],
			'symbol-sort-key': ['get', 'rank'],
			'text-padding': 4,
			'text-max-width': 10,
			// Names move beside a strike rather than lie under it (see the strikes' keep-out layer).
			...giveWay
		},
		paint: {
			'text-color': major ? p.label : p.labelMuted,
			'text-halo-color': p.labelHalo,
			'text-halo-width': 1.5
		}
	};
}

/** The complete base style the data layers are added on top of. */
export function basemapStyle(
	p: Palette,
	assets: BasemapAssets,
	{ lang }: { lang: Lang }
): StyleSpecification {
	return {
		version: 8,
		name: 'Rafah situation map',
		sources: {
			[BASEMAP_SOURCE]: {
				type: 'vector',
				tiles: [assets.tiles],
				minzoom: BASEMAP_ZOOMS.min,
				maxzoom: BASEMAP_ZOOMS.max,
				bounds: [...BASEMAP_BOUNDS],
				attribution: BASEMAP_ATTRIBUTION
			}
		},
		'font-faces': {
			[FONT]: [
				{ url: assets.fonts.latin, 'unicode-range': LATIN_RANGES },
				{ url: assets.fonts.arabic, 'unicode-range': ARABIC_RANGES }
			]
		},
		layers: basemapLayers(p, { lang })
	};
}
