/**
 * The whole style — basemap plus every data layer as the layer components add them — checked against
 * the MapLibre style specification, so a typo in a paint expression fails here and not in a browser.
 */
import {
	validateStyleMin,
	type LayerSpecification,
	type SourceSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from './basemap';
import * as data from './data-layers';
import { palette, type Palette } from './palette';

const assets = {
	tiles: 'http://localhost/tiles/basemap/{z}/{x}/{y}.pbf',
	fonts: { latin: 'http://localhost/latin.woff2', arabic: 'http://localhost/arabic.woff2' }
};

const emptyGeojson: SourceSpecification = {
	type: 'geojson',
	data: { type: 'FeatureCollection', features: [] }
};

function dataLayers(p: Palette): LayerSpecification[] {
	return [
		{
			id: 'strikes-uncertainty',
			type: 'circle',
			source: 'strikes',
			paint: data.strikeUncertaintyPaint(p)
		},
		{ id: 'strikes-point', type: 'circle', source: 'strikes', paint: data.strikePointPaint(p) },
		{
			id: 'shelter-population-fill',
			type: 'fill',
			source: 'shelter-population',
			paint: data.shelterFillPaint(p)
		},
		{
			id: 'shelter-population-line',
			type: 'line',
			source: 'shelter-population',
			paint: data.shelterLinePaint(p)
		},
		{
			id: 'shelter-population-label',
			type: 'symbol',
			source: 'shelter-population-labels',
			layout: data.shelterLabelLayout(),
			paint: data.shelterLabelPaint(p)
		},
		{
			id: 'aid-corridors-route',
			type: 'line',
			source: 'aid-corridors-routes',
			layout: data.routeLayout,
			paint: data.routePaint(p)
		},
		{
			id: 'aid-corridors-crossing',
			type: 'circle',
			source: 'aid-corridors-crossings',
			paint: data.crossingPaint(p)
		},
		{
			id: 'aid-corridors-crossing-label',
			type: 'symbol',
			source: 'aid-corridors-crossings',
			layout: data.crossingLabelLayout(),
			paint: data.crossingLabelPaint(p)
		},
		{
			id: 'evacuation-orders-fill',
			type: 'fill',
			source: 'evacuation-orders',
			paint: data.evacuationFillPaint(p)
		},
		{
			id: 'evacuation-orders-line',
			type: 'line',
			source: 'evacuation-orders',
			paint: data.evacuationLinePaint(p)
		},
		{ id: 'places-hospital', type: 'circle', source: 'places', paint: data.hospitalPaint(p) },
		{
			id: 'places-hospital-label',
			type: 'symbol',
			source: 'places',
			layout: data.hospitalLabelLayout(),
			paint: data.crossingLabelPaint(p)
		}
	];
}

describe('map style', () => {
	it('the basemap style is valid, with its fonts declared and no glyph server', () => {
		const style = basemapStyle(palette, assets);
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.glyphs).toBeUndefined();
		expect(Object.keys(style['font-faces'] ?? {})).toHaveLength(1);
	});

	it('every data layer is valid on top of it', () => {
		const base = basemapStyle(palette, assets);
		const style = {
			...base,
			sources: {
				...base.sources,
				...Object.fromEntries(
					[
						'strikes',
						'shelter-population',
						'shelter-population-labels',
						'aid-corridors-routes',
						'aid-corridors-crossings',
						'evacuation-orders',
						'places'
					].map((id) => [id, emptyGeojson])
				)
			},
			layers: [...base.layers, ...dataLayers(palette)]
		};
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('catches a broken expression, so the checks above can fail', () => {
		const base = basemapStyle(palette, assets);
		const broken = {
			...base,
			layers: [
				...base.layers,
				{
					id: 'broken',
					type: 'circle',
					source: 'basemap',
					'source-layer': 'places',
					paint: { 'circle-radius': ['get-typo', 'x'] }
				} as unknown as LayerSpecification
			]
		};
		expect(validateStyleMin(broken).length).toBeGreaterThan(0);
	});

	it('draws imprecise strikes at their radius on the ground at every zoom', () => {
		const r = data.groundRadius(1000) as unknown[];
		// 1 km at Rafah's latitude and zoom 22: 2^22 px per world / (cos·circumference) ≈ 62,700 px.
		const atZ22 = r[6] as [string, [string, number, number], number];
		const px = (1000 * 2 ** 22) / atZ22[2];
		expect(px).toBeGreaterThan(60_000);
		expect(px).toBeLessThan(66_000);
	});
});
