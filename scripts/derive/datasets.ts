/**
 * Derives the computed parts of the curated datasets from the third-party sources:
 *
 *   npx tsx scripts/derive/datasets.ts <sources dir>
 *
 * - data/shelter-population/shelter-population.geojson  areas the population figures refer to
 * - data/evacuation-orders/evacuation-orders.geojson    one dissolved polygon per order, May–June 2024
 * - data/aid-corridors/routes.geojson                   the trunk roads aid moved along
 * - data/aid-corridors/trucks-daily.csv                 UNRWA line-list rows per day and crossing
 *
 * Output is canonical (sorted, rounded), so a re-run on the same sources is byte-identical.
 */
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { csvFormat, csvParse } from 'd3-dsv';
import { booleanIntersects, length, multiLineString, rewind } from '@turf/turf';
import {
	type Areal,
	areaKm2,
	dropSmallParts,
	fromLines,
	intersectAreal,
	simplifyGeometry
} from '../lib/geometry';
import {
	blocksOf,
	compareBlockLists,
	httpsUrl,
	readBlocks,
	readIndex,
	type BlockStatus,
	type EvacBlock,
	type IndexOrder
} from '../lib/evac';
import {
	kib,
	sourceBuffer,
	sourceJson,
	sourceLines,
	sourcesDirFromArgs,
	sourceText,
	writeFeatureCollection,
	writeText
} from '../lib/io';
import { arabicKey } from '../lib/names';
import { trunkRoadLines } from '../lib/roads';
import {
	dissolveBlocks,
	governorate,
	humanitarianArea,
	HUMANITARIAN_AREA_ORDER,
	PCODES,
	ROAD_OPTIONS,
	SOURCE_FILES,
	TRUNK_ROADS
} from '../lib/study-area';
import { CROSSING_IDS, dailyTruckLines } from '../lib/trucks';
import { cellIsoDate, sheetRecords } from '../lib/xlsx';

const USAGE = 'npx tsx scripts/derive/datasets.ts <sources dir>';
const DATA = resolve(import.meta.dirname, '../../data');

/** The project's period for evacuation orders and the truck series (baseline from 1 April). */
const ORDERS_FROM = '2024-05-01';
const ORDERS_TO = '2024-06-30';
const TRUCKS_FROM = '2024-04-01';
const TRUCKS_TO = '2024-06-30';

/** Display fills: ~10 m for the governorates in view, coarser for those only shown for context. */
const SIMPLIFY_NEAR_DEG = 0.0001;
const SIMPLIFY_FAR_DEG = 0.0005;
/** Evacuation blocks follow streets; ~3 m keeps their outline and their area to 0.01 km². */
const SIMPLIFY_BLOCKS_DEG = 0.00003;

const log = (line: string) => console.log(line);

type Props = Record<string, string | number | boolean | undefined>;

function feature<G extends Feature['geometry']>(properties: Props, geometry: G): Feature<G> {
	return { type: 'Feature', properties, geometry };
}

/** Simplified, sliver-free, RFC 7946-wound polygon for display. */
function displayPolygon(geometry: Areal, toleranceDeg: number): Areal {
	const simple = simplifyGeometry(geometry, toleranceDeg);
	const cleaned = dropSmallParts(simple, 1000, 1000);
	if (!cleaned) throw new Error('polygon vanished when simplified');
	return rewind(cleaned, { mutate: false }) as Areal;
}

// ---------------------------------------------------------------------------------------------

interface Sources {
	admin1: FeatureCollection;
	admin2: FeatureCollection;
	evacMay: FeatureCollection;
	evacAll: FeatureCollection;
	safeArea: FeatureCollection;
	index: IndexOrder[];
	routes: Map<string, Feature<LineString>>;
}

function readSources(dir: string): Sources {
	return {
		admin1: sourceJson(dir, SOURCE_FILES.admin1),
		admin2: sourceJson(dir, SOURCE_FILES.admin2),
		evacMay: sourceJson(dir, SOURCE_FILES.evacMay),
		evacAll: sourceJson(dir, SOURCE_FILES.evacAll),
		safeArea: sourceJson(dir, SOURCE_FILES.evacSafeArea),
		index: readIndex(sourceJson(dir, SOURCE_FILES.gazaMapsIndex)),
		routes: sourceLines(dir, SOURCE_FILES.routesDir)
	};
}

/**
 * One order's blocks of one status, from whichever file holds more of them: the May file is complete
 * for its orders; the all-orders file is an ArcGIS dump cut off at 2,000 rows.
 */
function orderBlocks(
	blocks: { may: EvacBlock[]; all: EvacBlock[] },
	order: number,
	status: BlockStatus
): { blocks: EvacBlock[]; file: string } {
	const may = blocksOf(blocks.may, order, status);
	const all = blocksOf(blocks.all, order, status);
	return may.length >= all.length
		? { blocks: may, file: 'IDF_zone_060524-110524_NEW.geojson' }
		: { blocks: all, file: 'Areas_Designated_for_Evacuation_by_the_IDF.geojson' };
}

// ---------------------------------------------------------------------------------------------
// 1. shelter-population areas

function deriveAreas(
	src: Sources,
	evac: { may: EvacBlock[]; all: EvacBlock[] }
): { fc: FeatureCollection; notes: string[] } {
	const notes: string[] = [];
	const gov = (pcode: string) => governorate(src.admin2, pcode).geometry;
	const strip = src.admin1.features.find((f) => f.properties?.adm1_pcode === PCODES.gazaStrip);
	if (
		!strip?.geometry ||
		(strip.geometry.type !== 'Polygon' && strip.geometry.type !== 'MultiPolygon')
	) {
		throw new Error(`OCHA admin1 has no ${PCODES.gazaStrip}`);
	}
	const may06 = orderBlocks(evac, 10, 'Displaced');
	const may11 = orderBlocks(evac, 8, 'Displaced');
	const humanitarian = humanitarianArea(src.evacMay);
	const dissolved = (bs: EvacBlock[]) => {
		const g = dissolveBlocks(bs.map((b) => b.geometry));
		if (!g) throw new Error('no blocks to dissolve');
		return g;
	};
	const cod = 'OCHA COD-AB pse_adm_pamop_20231019';
	const areas: { props: Props; geometry: Areal; tolerance: number }[] = [
		{
			props: {
				id: 'area-rafah-governorate',
				kind: 'governorate',
				name_en: 'Rafah governorate',
				name_ar: 'محافظة رفح',
				derived_from: `${cod}, admin2 ${PCODES.rafah} (Rafah)`
			},
			geometry: gov(PCODES.rafah),
			tolerance: SIMPLIFY_NEAR_DEG
		},
		{
			props: {
				id: 'area-khan-younis-governorate',
				kind: 'governorate',
				name_en: 'Khan Younis governorate',
				name_ar: 'محافظة خان يونس',
				derived_from: `${cod}, admin2 ${PCODES.khanYounis} (Khan Younis)`
			},
			geometry: gov(PCODES.khanYounis),
			tolerance: SIMPLIFY_NEAR_DEG
		},
		{
			props: {
				id: 'area-deir-al-balah-governorate',
				kind: 'governorate',
				name_en: 'Deir al-Balah governorate',
				name_ar: 'محافظة دير البلح',
				derived_from: `${cod}, admin2 ${PCODES.deirAlBalah} (Deir Al-Balah)`
			},
			geometry: gov(PCODES.deirAlBalah),
			tolerance: SIMPLIFY_FAR_DEG
		},
		{
			props: {
				id: 'area-gaza-strip',
				kind: 'strip',
				name_en: 'Gaza Strip',
				name_ar: 'قطاع غزة',
				derived_from: `${cod}, admin1 ${PCODES.gazaStrip} (Gaza Strip)`
			},
			geometry: strip.geometry as Areal,
			tolerance: SIMPLIFY_FAR_DEG
		},
		{
			props: {
				id: 'area-rafah-east-evac-0506',
				kind: 'evacuation-zone',
				name_en: 'East Rafah evacuation zone (6 May 2024)',
				name_ar: 'منطقة الإخلاء شرق رفح (6 أيار/مايو 2024)',
				derived_from: `GazaMaps blocks via B'Tselem/nibal, ${may06.file}: ${may06.blocks.length} 'Displaced' blocks of the 6 May 2024 order (GazaMaps order 10), dissolved`
			},
			geometry: dissolved(may06.blocks),
			tolerance: SIMPLIFY_BLOCKS_DEG
		},
		{
			props: {
				id: 'area-rafah-evac-0511',
				kind: 'evacuation-zone',
				name_en: 'Rafah evacuation zone extension (11 May 2024)',
				name_ar: 'توسيع منطقة الإخلاء في رفح (11 أيار/مايو 2024)',
				derived_from: `GazaMaps blocks via B'Tselem/nibal, ${may11.file}: ${may11.blocks.length} 'Displaced' blocks of the 11 May 2024 Rafah order (GazaMaps order 8), dissolved`
			},
			geometry: dissolved(may11.blocks),
			tolerance: SIMPLIFY_BLOCKS_DEG
		},
		{
			props: {
				id: 'area-al-mawasi',
				kind: 'humanitarian-area',
				name_en: 'Al-Mawasi humanitarian area (as expanded 6 May 2024)',
				name_ar: 'المنطقة الإنسانية في المواصي (بعد توسيعها في 6 أيار/مايو 2024)',
				derived_from: `GazaMaps blocks via B'Tselem/nibal, IDF_zone_060524-110524_NEW.geojson: ${humanitarian.blocks} 'Safe' blocks of the 6 May 2024 order (GazaMaps order ${HUMANITARIAN_AREA_ORDER}), dissolved`
			},
			geometry: humanitarian.geometry,
			tolerance: SIMPLIFY_BLOCKS_DEG
		}
	];
	const features = areas.map(({ props, geometry, tolerance }) => {
		const display = displayPolygon(geometry, tolerance);
		notes.push(
			`${props.id}: ${areaKm2(geometry).toFixed(2)} km² (source geometry), ${areaKm2(display).toFixed(2)} km² as written`
		);
		return feature(props, display);
	});

	// the undated safe-area outline is reported, not used: see the dataset README
	const safe = src.safeArea.features[0]?.geometry;
	if (safe && (safe.type === 'Polygon' || safe.type === 'MultiPolygon')) {
		const inside = intersectAreal(safe, humanitarian.geometry);
		notes.push(
			`safe-area.geojson (not used): ${areaKm2(safe).toFixed(2)} km², of which ${inside ? areaKm2(inside).toFixed(2) : '0.00'} km² inside the 6 May 'Safe' blocks`
		);
	}
	const rafah = gov(PCODES.rafah);
	for (const [name, g] of [
		['6 May zone', may06],
		['11 May zone', may11]
	] as const) {
		const d = dissolved(g.blocks);
		const inRafah = intersectAreal(d, rafah);
		notes.push(
			`${name}: ${inRafah ? areaKm2(inRafah).toFixed(2) : '0.00'} of ${areaKm2(d).toFixed(2)} km² inside OCHA Rafah governorate`
		);
	}
	return { fc: { type: 'FeatureCollection', features }, notes };
}

// ---------------------------------------------------------------------------------------------
// 2. evacuation orders

function mmdd(date: string): string {
	return date.slice(5, 7) + date.slice(8, 10);
}

function deriveOrders(
	src: Sources,
	evac: { may: EvacBlock[]; all: EvacBlock[] }
): { fc: FeatureCollection; notes: string[] } {
	const notes: string[] = [];
	const focus = [
		governorate(src.admin2, PCODES.rafah).geometry,
		humanitarianArea(src.evacMay).geometry
	];
	const inWindow = src.index
		.filter((o) => o.date >= ORDERS_FROM && o.date <= ORDERS_TO)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
	const features: Feature[] = [];
	const ids = new Set<string>();
	const safeSetsSeen: { key: string; order: number }[] = [];

	for (const order of inWindow) {
		for (const status of ['Displaced', 'Safe'] as const) {
			const listed = status === 'Displaced' ? order.displacementBlocks : order.safeBlocks;
			if (listed.length === 0) continue;
			const { blocks, file } = orderBlocks(evac, order.id, status);
			const label = `order ${order.id} (${order.date}) ${status}`;
			if (blocks.length === 0) {
				notes.push(
					`${label}: ${listed.length} blocks in the index, none in the block files — skipped`
				);
				continue;
			}
			const diff = compareBlockLists(
				listed,
				blocks.map((b) => b.block)
			);
			if (diff.missing.length || diff.extra.length) {
				notes.push(
					`${label}: block lists differ from the index (missing ${diff.missing.join(', ') || '–'}; extra ${diff.extra.join(', ') || '–'})`
				);
			}
			const dissolved = dissolveBlocks(blocks.map((b) => b.geometry));
			if (!dissolved) continue;
			if (!focus.some((f) => booleanIntersects(f, dissolved))) {
				notes.push(
					`${label}: ${blocks.length} blocks, outside Rafah governorate and al-Mawasi — not included`
				);
				continue;
			}
			if (status === 'Safe') {
				const key = blocks
					.map((b) => b.block)
					.sort()
					.join(',');
				const earlier = safeSetsSeen.find((s) => s.key === key);
				if (earlier) {
					notes.push(
						`${label}: re-states the humanitarian area of order ${earlier.order} (same ${blocks.length} blocks) — not repeated`
					);
					continue;
				}
				safeSetsSeen.push({ key, order: order.id });
			}
			const issuedAt = blocks[0]!.issuedAt;
			const issued = issuedAt.slice(0, 10);
			if (issued !== order.date)
				notes.push(`${label}: block date ${issued} differs from index date`);
			let id =
				status === 'Safe' ? `evac-humanitarian-area-${mmdd(issued)}` : `evac-${mmdd(issued)}`;
			if (ids.has(id)) id += `-o${order.id}`;
			ids.add(id);
			const geometry = displayPolygon(dissolved, SIMPLIFY_BLOCKS_DEG);
			const sourcePost =
				blocks.find((b) => b.sourcePostUrl)?.sourcePostUrl ?? httpsUrl(order.source);
			const areaIndex = status === 'Displaced' ? order.areaKm2Displacement : order.areaKm2Safe;
			const props: Props = {
				id,
				issued,
				issued_time_utc: issuedAt.slice(11, 16),
				kind: status === 'Safe' ? 'humanitarian-area' : 'evacuation-order',
				blocks: blocks.length,
				area_km2_computed: areaKm2(geometry),
				area_km2_index: areaIndex,
				gazamaps_order: order.id,
				source_post_url: sourcePost
			};
			features.push(feature(props, geometry));
			notes.push(
				`${id}: ${blocks.length} blocks from ${file}, ${areaKm2(geometry).toFixed(2)} km² computed vs ${areaIndex?.toFixed(2) ?? '–'} km² in the index`
			);
		}
	}
	return { fc: { type: 'FeatureCollection', features }, notes };
}

// ---------------------------------------------------------------------------------------------
// 3. aid routes

function deriveRoutes(src: Sources): { fc: FeatureCollection; notes: string[] } {
	const notes: string[] = [];
	const features: Feature[] = [];
	for (const road of TRUNK_ROADS) {
		const lines = trunkRoadLines(
			src.routes,
			road,
			(n) => arabicKey(n) === arabicKey(road.nameAr),
			ROAD_OPTIONS
		);
		const geometry = fromLines(lines)!;
		features.push(
			feature(
				{
					id: `route-${road.key}`,
					name_en: road.nameEn,
					name_ar: road.nameAr,
					derived_from: `OpenRouteService routes on OSM via nibal (${road.routes.map((r) => `${r}.geojson`).join(', ')}): steps named ${road.nameAr}, overlaps merged, clipped to the area`
				},
				geometry
			)
		);
		const km = length(multiLineString(lines));
		notes.push(`route-${road.key}: ${lines.length} line(s), ${km.toFixed(2)} km`);
	}
	return { fc: { type: 'FeatureCollection', features }, notes };
}

// ---------------------------------------------------------------------------------------------
// 4. trucks per day

async function deriveTrucks(dir: string): Promise<{ csv: string; notes: string[] }> {
	const notes: string[] = [];
	const records = await sheetRecords(sourceBuffer(dir, SOURCE_FILES.trucksXlsx), 'Suppy Page');
	const { rows, skippedNoDate } = dailyTruckLines(records, TRUCKS_FROM, TRUCKS_TO);
	notes.push(`line list: ${records.length} rows, ${skippedNoDate} without a received date`);
	const total = rows.reduce((s, r) => s + r.truck_lines, 0);
	notes.push(
		`${TRUCKS_FROM}..${TRUCKS_TO}: ${rows.length} day×crossing rows, ${total} line-list rows`
	);

	// what the rows measure changes on 6 May: report the unit mix either side
	const units = new Map<string, number>();
	for (const r of records) {
		const date = cellIsoDate(r['Received Date']);
		if (!date || date < TRUCKS_FROM || date > TRUCKS_TO) continue;
		const key = `${date < '2024-05-06' ? 'before 6 May' : 'from 6 May'}: ${String(r.Units ?? '(none)')}`;
		units.set(key, (units.get(key) ?? 0) + 1);
	}
	for (const [k, v] of [...units].sort()) notes.push(`  units ${k}: ${v}`);
	for (const id of Object.values(CROSSING_IDS).sort()) {
		const n = rows.filter((r) => r.crossing_id === id).reduce((s, r) => s + r.truck_lines, 0);
		notes.push(`  ${id}: ${n}`);
	}

	// cross-check with the CSV shipped next to the line list
	try {
		const derived = csvParse(sourceText(dir, SOURCE_FILES.trucksDerivedCsv));
		const names = Object.entries(CROSSING_IDS);
		let compared = 0;
		const mismatches: string[] = [];
		for (const row of derived) {
			const date = row.date ?? '';
			if (date < TRUCKS_FROM || date > TRUCKS_TO) continue;
			for (const [name, id] of names) {
				compared++;
				const theirs = Number(row[name] ?? 0);
				const ours = rows.find((r) => r.date === date && r.crossing_id === id)?.truck_lines ?? 0;
				if (theirs !== ours) mismatches.push(`${date} ${id}: ours ${ours}, csv ${theirs}`);
			}
			if (Number(row.unknown ?? 0) !== 0)
				mismatches.push(`${date}: csv has ${row.unknown} rows of unknown crossing`);
		}
		notes.push(
			mismatches.length
				? `DERIVED csv check: ${mismatches.length} of ${compared} cells differ:\n    ${mismatches.join('\n    ')}`
				: `DERIVED csv check: all ${compared} day×crossing cells agree`
		);
	} catch (e) {
		notes.push(`DERIVED csv check skipped: ${(e as Error).message}`);
	}
	return { csv: `${csvFormat(rows, ['date', 'crossing_id', 'truck_lines'])}\n`, notes };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	const dir = sourcesDirFromArgs(process.argv.slice(2), USAGE);
	const src = readSources(dir);
	const evac = { may: readBlocks(src.evacMay.features), all: readBlocks(src.evacAll.features) };

	const areas = deriveAreas(src, evac);
	const orders = deriveOrders(src, evac);
	const routes = deriveRoutes(src);
	const trucks = await deriveTrucks(dir);

	const outputs: [string, FeatureCollection][] = [
		['shelter-population/shelter-population.geojson', areas.fc],
		['evacuation-orders/evacuation-orders.geojson', orders.fc],
		['aid-corridors/routes.geojson', routes.fc]
	];
	for (const [path, fc] of outputs) {
		const bytes = writeFeatureCollection(join(DATA, path), fc);
		log(`data/${path}: ${fc.features.length} features, ${kib(bytes)}`);
	}
	const bytes = writeText(join(DATA, 'aid-corridors/trucks-daily.csv'), trucks.csv);
	log(
		`data/aid-corridors/trucks-daily.csv: ${trucks.csv.split('\n').length - 2} rows, ${kib(bytes)}`
	);
	for (const line of [...areas.notes, ...orders.notes, ...routes.notes, ...trucks.notes]) log(line);
}

await main();
