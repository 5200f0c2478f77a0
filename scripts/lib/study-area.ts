/**
 * What both derivations share: the project's extent, where each source file sits inside the sources
 * directory, the two trunk roads and how evacuation blocks are dissolved.
 */
import type { BBox, Feature, FeatureCollection } from 'geojson';
import { blocksOf, readBlocks } from './evac';
import { dissolve, dropSmallParts, type Areal } from './geometry';

/** Rafah governorate, al-Mawasi up into Khan Younis, and the crossings. */
export const AREA_BBOX: BBox = [34.19, 31.2, 34.4, 31.42];

/** Land reaches 0.1° past the area so no land edge shows when the map is panned to its limits. */
export const LAND_BBOX: BBox = [34.09, 31.1, 34.5, 31.52];

/** Paths inside the sources directory given on the command line. */
export const SOURCE_FILES = {
	land: 'coastline-land-geomaps-osm/countries_coastline_1m_gaza_clip.geojson',
	admin1: 'admin-cod-ab-ocha/admin1.geojson',
	admin2: 'admin-cod-ab-ocha/admin2.geojson',
	osmMunicipalities: 'admin-osm-municipalities-nibal/gaza.geojson',
	ochaNeighbourhoods: 'admin-ocha-municipal-neighbourhoods-pll/gaza_neighbourhoods.geojson',
	hotosmPlaces: 'osm-hotosm-points-2024-05-31/hotosm_pse_populated_places_points_geojson.geojson',
	buildings: 'osm-buildings-gaza-airwars/osm_buildings_south_gaza_clip.geojson',
	routesDir: 'corridor-routes-ors-nibal',
	evacMay: 'evac-zones-btselem-nibal/IDF_zone_060524-110524_NEW.geojson',
	evacAll: 'evac-zones-btselem-nibal/Areas_Designated_for_Evacuation_by_the_IDF.geojson',
	evacSafeArea: 'evac-zones-btselem-nibal/safe-area.geojson',
	gazaMapsIndex: 'evac-zones-btselem-nibal/gazamaps_displacement_orders_index.json',
	trucksXlsx: 'aid-trucks-unrwa-checchi/20241111_Commodities Received.xlsx',
	trucksDerivedCsv: 'aid-trucks-unrwa-checchi/DERIVED_daily_truck_lines_by_crossing.csv'
} as const;

/** OCHA COD-AB pcodes (the export's admin2 level) of the governorates the project refers to. */
export const PCODES = {
	gazaStrip: 'PS02',
	deirAlBalah: 'PS0265',
	khanYounis: 'PS0270',
	rafah: 'PS0275'
} as const;

export interface RoadDefinition {
	key: string;
	nameEn: string;
	/** As the router's OSM street names spell it. */
	nameAr: string;
	/** Routed trips (file names without .geojson) that follow the road, most complete first. */
	routes: readonly string[];
}

/** The two north–south trunk roads, as OSM (through the ORS step names) names them. */
export const TRUNK_ROADS: readonly RoadDefinition[] = [
	{
		key: 'salah-al-din',
		nameEn: 'Salah al-Din Road',
		nameAr: 'صلاح الدين',
		routes: ['rafah-bureij', 'jabalia-al-mawasi']
	},
	{
		key: 'al-rashid',
		nameEn: 'Al-Rashid Road',
		nameAr: 'الرشيد',
		routes: ['nuseirat-rafah', 'jabalia-al-mawasi', 'al-zawaida-al-mawasi']
	}
];

export const ROAD_OPTIONS = {
	bridgeKm: 1,
	overlapMetres: 25,
	joinMetres: 40,
	minPieceMetres: 60,
	bbox: AREA_BBOX
} as const;

/**
 * Dissolved evacuation blocks. Neighbouring blocks were digitised separately and leave gaps of a few
 * m² between them; parts and holes under 1,000 m² (a 30 m square) are such slivers, not real
 * enclaves, and are removed.
 */
export function dissolveBlocks(geometries: Areal[]): Areal | null {
	const merged = dissolve(geometries);
	return merged ? dropSmallParts(merged, 1000, 1000) : null;
}

/** One governorate of the OCHA admin2 layer by pcode. */
export function governorate(admin2: FeatureCollection, pcode: string): Feature<Areal> {
	const f = admin2.features.find((g) => g.properties?.adm2_pcode === pcode);
	const t = f?.geometry?.type;
	if (!f || (t !== 'Polygon' && t !== 'MultiPolygon'))
		throw new Error(`OCHA admin2 has no ${pcode}`);
	return f as Feature<Areal>;
}

/**
 * The humanitarian area in force in May–June 2024: the 'Safe' blocks of the 6 May 2024 order
 * (GazaMaps order 10; the 11 May order re-published the same blocks).
 */
export const HUMANITARIAN_AREA_ORDER = 10;

export function humanitarianArea(evacBlocks: FeatureCollection): {
	geometry: Areal;
	blocks: number;
} {
	const blocks = blocksOf(readBlocks(evacBlocks.features), HUMANITARIAN_AREA_ORDER, 'Safe');
	const geometry = dissolveBlocks(blocks.map((b) => b.geometry));
	if (!geometry) throw new Error(`no 'Safe' blocks for order ${HUMANITARIAN_AREA_ORDER}`);
	return { geometry, blocks: blocks.length };
}
