/**
 * Cutting GeoJSON layers into Mapbox Vector Tiles with geojson-vt and encoding them with vt-pbf.
 * Pure: returns the tiles; the caller decides where they go.
 */
import type { BBox, FeatureCollection } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { SphericalMercator } from '@mapbox/sphericalmercator';

export interface TileLayer {
	/** Source-layer name in the style. */
	name: string;
	data: FeatureCollection;
	minZoom: number;
	maxZoom: number;
	/** Properties left out of the tiles (e.g. per-building ids nothing in the style reads). */
	dropProperties?: readonly string[];
}

export interface Tile {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

const EXTENT = 4096;

const mercator = new SphericalMercator();

/** Tiles at zoom `z` that touch `bbox` (to the nearest pixel of a 256 px tile), in x then y order. */
export function tilesCovering(bbox: BBox, z: number): { x: number; y: number }[] {
	const [w, s, e, n] = bbox;
	const { minX, maxX, minY, maxY } = mercator.xyz([w, s, e, n], z);
	const out: { x: number; y: number }[] = [];
	for (let x = minX; x <= maxX; x++) {
		for (let y = minY; y <= maxY; y++) out.push({ x, y });
	}
	return out;
}

function withoutIds(layer: TileLayer): FeatureCollection {
	const drop = new Set(layer.dropProperties ?? []);
	return {
		type: 'FeatureCollection',
		// MVT feature ids must be integers and ours are strings, so they stay in properties only
		features: layer.data.features.map((f) => ({
			type: 'Feature',
			properties: Object.fromEntries(
				Object.entries(f.properties ?? {}).filter(([k]) => !drop.has(k))
			),
			geometry: f.geometry
		}))
	};
}

/**
 * Every tile between `minZoom` and `maxZoom` that touches `bounds` and holds at least one feature,
 * in z, x, y order. Each layer only appears in tiles within its own zoom range.
 */
export function buildTiles(
	layers: readonly TileLayer[],
	bounds: BBox,
	minZoom: number,
	maxZoom: number
): Tile[] {
	const indexes = layers.map((layer) => ({
		layer,
		index: new GeoJSONVT(withoutIds(layer), {
			maxZoom: Math.min(maxZoom, layer.maxZoom),
			indexMaxZoom: Math.min(maxZoom, layer.maxZoom, 5),
			extent: EXTENT,
			buffer: 64,
			tolerance: 3
		})
	}));
	const tiles: Tile[] = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		for (const { x, y } of tilesCovering(bounds, z)) {
			const found: Record<string, ReturnType<GeoJSONVT['getTile']>> = {};
			let any = false;
			for (const { layer, index } of indexes) {
				if (z < layer.minZoom || z > layer.maxZoom) continue;
				const tile = index.getTile(z, x, y);
				if (tile && tile.features.length > 0) {
					found[layer.name] = tile;
					any = true;
				}
			}
			if (!any) continue;
			const data = fromGeojsonVt(found as Parameters<typeof fromGeojsonVt>[0], {
				version: 2,
				extent: EXTENT
			});
			tiles.push({ z, x, y, data });
		}
	}
	return tiles;
}
