/**
 * Builds the basemap's vector tiles from data/basemap/*.geojson:
 *
 *   npm run tiles
 *
 * Writes static/tiles/basemap/{z}/{x}/{y}.pbf (uncompressed MVT, spec v2) for zooms 9–15 within the
 * area the style's source declares; the style overzooms past 15. The folder is deleted and rebuilt on
 * every run, and only tiles holding at least one feature are written. Needs nothing but the
 * project's own data.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BBox, FeatureCollection } from 'geojson';
import { buildTiles, type TileLayer } from './lib/tiles';

const ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = join(ROOT, 'data/basemap');
const OUT_DIR = join(ROOT, 'static/tiles/basemap');

const MIN_ZOOM = 9;
const MAX_ZOOM = 15;
/** Must match the `bounds` of the basemap source in the style: MapLibre asks for nothing outside. */
const TILE_BOUNDS: BBox = [34.19, 31.2, 34.4, 31.42];
/** Buildings are a texture for close zooms (the style shows them from 13); below that they only weigh. */
const BUILDINGS_MIN_ZOOM = 13;

function layer(name: string, minZoom = MIN_ZOOM, dropProperties?: readonly string[]): TileLayer {
	const data = JSON.parse(
		readFileSync(join(DATA_DIR, `${name}.geojson`), 'utf8')
	) as FeatureCollection;
	return { name, data, minZoom, maxZoom: MAX_ZOOM, dropProperties };
}

function main(): void {
	const started = Date.now();
	// draw order in the style does not depend on this order; it only fixes the byte layout
	const layers = [
		layer('land'),
		layer('boundaries'),
		layer('roads'),
		layer('places'),
		// per-building ids would add ~15 % to the tiles and nothing in the style reads them
		layer('buildings', BUILDINGS_MIN_ZOOM, ['id'])
	];
	const tiles = buildTiles(layers, TILE_BOUNDS, MIN_ZOOM, MAX_ZOOM);

	rmSync(OUT_DIR, { recursive: true, force: true });
	const perZoom = new Map<number, { count: number; bytes: number; max: number }>();
	for (const t of tiles) {
		const dir = join(OUT_DIR, String(t.z), String(t.x));
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, `${t.y}.pbf`), t.data);
		const s = perZoom.get(t.z) ?? { count: 0, bytes: 0, max: 0 };
		s.count++;
		s.bytes += t.data.byteLength;
		s.max = Math.max(s.max, t.data.byteLength);
		perZoom.set(t.z, s);
	}

	const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
	console.log(`static/tiles/basemap: zooms ${MIN_ZOOM}–${MAX_ZOOM}`);
	let total = 0;
	for (const [z, s] of [...perZoom].sort((a, b) => a[0] - b[0])) {
		total += s.bytes;
		console.log(`  z${z}: ${s.count} tiles, ${kib(s.bytes)} (largest ${kib(s.max)})`);
	}
	console.log(
		`  total: ${tiles.length} tiles, ${kib(total)} in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
}

main();
