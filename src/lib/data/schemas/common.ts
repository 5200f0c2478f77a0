/**
 * Bounds and vocabularies shared by the dataset schemas.
 */

/** Rafah governorate, al-Mawasi and the southern crossings: where strikes and local features must lie. */
export const AREA_BBOX = { west: 34.15, south: 31.15, east: 34.45, north: 31.45 } as const;

/** The Gaza Strip and its crossings, for entry points such as Erez in the north. */
export const STRIP_BBOX = { west: 34.15, south: 31.15, east: 34.6, north: 31.65 } as const;

/** How well a location is known; drawn as an uncertainty radius, never as a confident pin. */
export const PRECISIONS = ['exact', 'street', 'neighbourhood', 'city'] as const;
export type Precision = (typeof PRECISIONS)[number];
