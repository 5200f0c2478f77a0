/**
 * The web-mercator tiles that cover a box at each zoom, for asking the map to load again the basemap
 * tiles that failed (MapLibre reloads an errored tile only when it is named).
 */
export interface TileId {
	x: number;
	y: number;
	z: number;
}

const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
	const r = (lat * Math.PI) / 180;
	return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

export function tilesCovering(
	[west, south, east, north]: readonly [number, number, number, number],
	minZoom: number,
	maxZoom: number
): TileId[] {
	const tiles: TileId[] = [];
	for (let z = minZoom; z <= maxZoom; z++)
		for (let x = tileX(west, z); x <= tileX(east, z); x++)
			for (let y = tileY(north, z); y <= tileY(south, z); y++) tiles.push({ x, y, z });
	return tiles;
}
