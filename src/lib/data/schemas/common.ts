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

/*
 * Bounds on figures. Each lies well above any real value, so a true figure never fails, and well below
 * what a slip produces: a pasted total, an extra digit or two, a 20-digit number JavaScript rounds.
 */

/**
 * Killed or injured in one incident, as one source states it. The deadliest single incidents reported
 * in Gaza in this war are in the hundreds (Nuseirat, 8 June 2024: 274 killed, some 700 injured).
 */
export const MAX_TOLL = 5_000;

/** People in an area of the Strip: the whole Gaza Strip had some 2.2 million inhabitants in 2023. */
export const MAX_PEOPLE = 2_500_000;

/** An area in km²: the Gaza Strip is about 365 km², with headroom for how an area is computed. */
export const MAX_AREA_KM2 = 400;

/** A location's uncertainty radius: 20 km spans Rafah governorate; a wider circle locates nothing. */
export const MAX_UNCERTAINTY_M = 20_000;

/** Truck lines at one crossing in one day: about 500 trucks a day entered the whole Strip before the war. */
export const MAX_TRUCKS_PER_DAY = 2_000;

/**
 * A stated aid figure: the only negative metric is a percent change, which cannot fall below -100;
 * truck totals over a few months run to tens of thousands.
 */
export const AID_VALUE = { min: -100, max: 1_000_000 } as const;

/** Blocks of the military's evacuation grid: it numbers some 600 for the whole Strip. */
export const MAX_BLOCKS = 1_000;

/** GazaMaps numbers the orders it digitises in sequence; thousands would already be far too many. */
export const MAX_ORDER_NUMBER = 10_000;

/**
 * Structures UNOSAT counts as damaged in one area at one assessment: its whole-Strip count reached
 * some 198,000 by October 2025, out of about 250,000 structures.
 */
export const MAX_STRUCTURES = 500_000;
