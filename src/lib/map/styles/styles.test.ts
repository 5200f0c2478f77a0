/**
 * The whole style — basemap plus every data layer as the layer components add them — checked against
 * the MapLibre style specification, so a typo in a paint expression fails here and not in a browser.
 */
import {
	expression,
	validateStyleMin,
	type LayerSpecification,
	type SourceSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '$lib/view/layers';
import { LANGS, type Lang } from '$lib/view/view-state';
import { MAP_LAYERS, renderedLayers } from '../registry';
import { basemapStyle } from './basemap';
import * as data from './data-layers';
import { palette } from './palette';

const assets = {
	tiles: 'http://localhost/tiles/basemap/{z}/{x}/{y}.pbf',
	fonts: { latin: 'http://localhost/latin.woff2', arabic: 'http://localhost/arabic.woff2' }
};

const emptyGeojson: SourceSpecification = {
	type: 'geojson',
	data: { type: 'FeatureCollection', features: [] }
};

/** The whole style as the map root builds it: basemap, then each layer's source and style layers. */
function appStyle(lang: Lang, visible: boolean) {
	const base = basemapStyle(palette, assets, { lang });
	const layers = [...base.layers];
	for (const id of LAYER_IDS) {
		const added = renderedLayers(id, palette, { lang, visible });
		const before = MAP_LAYERS[id].beforeId;
		const at = before ? layers.findIndex((l) => l.id === before) : layers.length;
		layers.splice(at < 0 ? layers.length : at, 0, ...added);
	}
	return {
		...base,
		sources: { ...base.sources, ...Object.fromEntries(LAYER_IDS.map((id) => [id, emptyGeojson])) },
		layers
	};
}

describe('map style', () => {
	it('the basemap style is valid, with its fonts declared and no glyph server', () => {
		const style = basemapStyle(palette, assets, { lang: 'en' });
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.glyphs).toBeUndefined();
		expect(Object.keys(style['font-faces'] ?? {})).toHaveLength(1);
	});

	for (const lang of LANGS)
		for (const visible of [true, false])
			it(`every data layer is valid on top of it (${lang}, layers ${visible ? 'on' : 'off'})`, () => {
				expect(validateStyleMin(appStyle(lang, visible))).toEqual([]);
			});

	it('names every style layer after its source, the layer id', () => {
		for (const id of LAYER_IDS)
			for (const spec of renderedLayers(id, palette, { lang: 'en', visible: true })) {
				expect(spec.id.startsWith(`${id}-`)).toBe(true);
				expect('source' in spec && spec.source).toBe(id);
			}
	});

	it("puts the reader's language first in labels", () => {
		const label = (lang: Lang) =>
			JSON.stringify(
				renderedLayers('aid-corridors', palette, { lang, visible: true }).find(
					(l) => l.type === 'symbol'
				)
			);
		expect(label('ar').indexOf('name_ar')).toBeLessThan(label('ar').indexOf('name_en'));
		expect(label('en').indexOf('name_en')).toBeLessThan(label('en').indexOf('name_ar'));
	});

	it('catches a broken expression, so the checks above can fail', () => {
		const base = appStyle('en', true);
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

/** A paint value as MapLibre evaluates it for one feature, its properties and its feature-state. */
function evaluate(value: unknown, properties: Record<string, unknown>, state = {}, zoom = 13) {
	const parsed = expression.createExpression(value, 'layers[0].paint.test');
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate(
		{ zoom },
		{ type: 'Point', properties, geometry: [], id: 'x' } as never,
		state
	);
}

describe('strikes at a glance', () => {
	const paint = data.strikeUncertaintyPaint(palette);
	const approximate = { precision: 'neighbourhood', uncertainty_m: 750 };

	it('draws the uncertain area only for the strike hovered or selected', () => {
		expect(evaluate(paint['circle-stroke-opacity'], approximate)).toBe(0);
		expect(evaluate(paint['circle-opacity'], approximate)).toBe(0);
		expect(evaluate(paint['circle-stroke-opacity'], approximate, { hover: true })).toBeGreaterThan(
			0
		);
		expect(
			evaluate(paint['circle-stroke-opacity'], approximate, { selected: true })
		).toBeGreaterThan(0);
		// Not on a day the strike is hidden, even when selected.
		expect(
			evaluate(paint['circle-stroke-opacity'], approximate, { selected: true, hidden: true })
		).toBe(0);
	});

	it("sizes strikes as the legend's size key says", () => {
		const radius = data.strikePointPaint(palette)['circle-radius'];
		const legend = MAP_LAYERS.strikes.legend(palette).filter((k) => k.size !== undefined);
		expect(legend).toHaveLength(data.STRIKE_SIZES.length);
		data.STRIKE_SIZES.forEach((s, i) => {
			expect(evaluate(radius, { killed_max: s.killed })).toBe(s.radius);
			expect(legend[i]!.size).toBe(2 * s.radius);
		});
		expect(evaluate(radius, {})).toBe(data.STRIKE_SIZES[0].radius);
	});

	it('names each evacuation order on the map with its day, the humanitarian area as such', () => {
		const layout = data.evacuationLabelLayout(
			{ order: (d) => `order ${d}`, humanitarian: 'humanitarian' },
			['2024-05-06', '2024-05-11']
		);
		const label = (p: Record<string, unknown>) => evaluate(layout['text-field'], p);
		expect(label({ kind: 'evacuation-order', issued: '2024-05-11' })).toBe('order 2024-05-11');
		expect(label({ kind: 'humanitarian-area', issued: '2024-05-06' })).toBe('humanitarian');
		expect(label({ kind: 'evacuation-order', issued: '2024-06-01' })).toBe('order ');
	});
});
