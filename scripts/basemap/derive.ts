/**
 * Derives the offline basemap layers (`data/basemap/*.geojson`) from the third-party sources.
 *
 *   npm run basemap -- <sources dir>
 *
 * Each output file is one vector-tile source layer: land, boundaries, places, buildings, roads.
 * Everything is clipped to the project's area, simplified, re-keyed into the project's schema and
 * written in canonical form, so re-running on the same sources gives byte-identical files.
 * See data/basemap/README.md for sources, licences and method.
 */
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import {
	area,
	centroid,
	flatten,
	length,
	lineString,
	multiLineString,
	polygon,
	rewind
} from '@turf/turf';
import {
	type Areal,
	areaKm2,
	clipArealToBBox,
	clipLinesToBBox,
	clipLinesToPolygon,
	dropSmallParts,
	fromLines,
	intersectAreal,
	joinLines,
	pointInAny,
	SegmentIndex,
	sharedEdges,
	simplifyGeometry,
	splitByCoverage
} from '../lib/geometry';
import {
	kib,
	sourceJson,
	sourceLines,
	sourcesDirFromArgs,
	writeFeatureCollection
} from '../lib/io';
import { arabicKey, englishKey, slugify, tidyArabic, tidyEnglish } from '../lib/names';
import {
	dropConflictingArabic,
	mergePlaces,
	type MergedPlace,
	type PlaceCandidate,
	type PlaceKind
} from '../lib/places';
import { trunkRoadLines } from '../lib/roads';
import {
	AREA_BBOX,
	governorate,
	humanitarianArea,
	LAND_BBOX,
	PCODES,
	ROAD_OPTIONS,
	SOURCE_FILES,
	TRUNK_ROADS
} from '../lib/study-area';

const USAGE = 'npm run basemap -- <sources dir>';
const OUT_DIR = resolve(import.meta.dirname, '../../data/basemap');

/** Vertices of neighbouring polygons from one source coincide; 1 m absorbs float noise only. */
const SHARED_EDGE_METRES = 1;
/** ~5–10 m: boundaries stay recognisable at z15 while losing the 1 m survey wiggles. */
const BOUNDARY_SIMPLIFY_DEG = 0.00007;
/** OSM municipal edges within this distance of an OCHA governorate line are the same line drawn twice. */
const MUNICIPAL_NEAR_GOVERNORATE_METRES = 150;
/** Footprints smaller than a 3 m × 4 m shed, or thinner than a 1:20 strip, are slivers, not buildings. */
const MIN_BUILDING_M2 = 12;
/** Isoperimetric ratio 4πA/P²: 1 for a circle, 0.79 for a square, ~0.15 for a 1:20 strip. */
const MIN_BUILDING_COMPACTNESS = 0.15;
/** ~0.5 m: removes collinear and near-duplicate vertices without changing a footprint's shape. */
const BUILDING_SIMPLIFY_DEG = 0.000005;
/** Two gazetteer points for one place sit within about a kilometre of each other. */
const PLACE_MATCH_METRES = 1500;

type Props = Record<string, string | number | boolean | undefined>;

function feature<G extends Feature['geometry']>(properties: Props, geometry: G): Feature<G> {
	return { type: 'Feature', properties, geometry };
}

function collection(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

/** RFC 7946 winding (outer rings counter-clockwise), which some consumers rely on. */
function wound<G extends Areal>(geometry: G): G {
	return rewind(geometry, { mutate: false }) as G;
}

function outerRing(geometry: Areal): Position[] {
	const ring = flatten(geometry).features[0]?.geometry.coordinates[0];
	if (!ring) throw new Error('polygon without a ring');
	return ring;
}

const log = (line: string) => console.log(line);

// ---------------------------------------------------------------------------------------------
// sources

interface Sources {
	land: FeatureCollection<Areal>;
	admin2: FeatureCollection<Areal>;
	osmMunicipalities: FeatureCollection;
	ochaNeighbourhoods: FeatureCollection<Point>;
	hotosmPlaces: FeatureCollection<Point>;
	buildings: FeatureCollection<Polygon>;
	routes: Map<string, Feature<LineString>>;
	evacMay: FeatureCollection;
}

function readSources(dir: string): Sources {
	return {
		land: sourceJson(dir, SOURCE_FILES.land),
		admin2: sourceJson(dir, SOURCE_FILES.admin2),
		osmMunicipalities: sourceJson(dir, SOURCE_FILES.osmMunicipalities),
		ochaNeighbourhoods: sourceJson(dir, SOURCE_FILES.ochaNeighbourhoods),
		hotosmPlaces: sourceJson(dir, SOURCE_FILES.hotosmPlaces),
		buildings: sourceJson(dir, SOURCE_FILES.buildings),
		routes: sourceLines(dir, SOURCE_FILES.routesDir),
		evacMay: sourceJson(dir, SOURCE_FILES.evacMay)
	};
}

// ---------------------------------------------------------------------------------------------
// land

const COUNTRIES: Record<string, 'gaza' | 'egypt' | 'israel'> = {
	PSE: 'gaza',
	EGY: 'egypt',
	ISR: 'israel'
};

function deriveLand(src: Sources): { fc: FeatureCollection; rings: Map<string, Position[]> } {
	const features: Feature[] = [];
	const rings = new Map<string, Position[]>();
	for (const f of src.land.features) {
		const country = COUNTRIES[String(f.properties?.A3)];
		if (!country) continue;
		rings.set(country, outerRing(f.geometry));
		const clipped = clipArealToBBox(f.geometry, LAND_BBOX);
		const cleaned = clipped && dropSmallParts(clipped, 1000);
		if (!cleaned) continue;
		features.push(feature({ id: `land-${country}`, country }, wound(cleaned)));
	}
	return { fc: collection(features), rings };
}

// ---------------------------------------------------------------------------------------------
// boundaries

/** The Gaza–Egypt border, oriented from the sea (north-west end) to the Kerem Shalom tripoint. */
function egyptBorder(rings: Map<string, Position[]>): Position[] {
	const gaza = rings.get('gaza');
	const egypt = rings.get('egypt');
	if (!gaza || !egypt) throw new Error('land polygons for Gaza and Egypt are needed');
	const lines = joinLines(sharedEdges(gaza, egypt, SHARED_EDGE_METRES), SHARED_EDGE_METRES);
	if (lines.length !== 1) throw new Error(`Gaza–Egypt border came out in ${lines.length} pieces`);
	const line = lines[0]!;
	return line[0]![1]! < line[line.length - 1]![1]! ? line.slice().reverse() : line;
}

/** Vertex counts before and after boundary simplification, for the run summary. */
const boundaryVertices = { before: 0, after: 0 };

function simplifiedLines(lines: Position[][]): Position[][] {
	const g = fromLines(lines);
	if (!g) return [];
	const s = simplifyGeometry(g, BOUNDARY_SIMPLIFY_DEG);
	const out = s.type === 'LineString' ? [s.coordinates] : s.coordinates;
	boundaryVertices.before += lines.reduce((n, l) => n + l.length, 0);
	boundaryVertices.after += out.reduce((n, l) => n + l.length, 0);
	return out;
}

interface NamedPolygon {
	nameEn: string;
	nameAr?: string;
	ring: Position[];
	/** OCHA governorate holding most of the polygon (municipalities only). */
	pcode?: string;
}

/** The governorate that holds most of a polygon: OSM and OCHA outlines differ along their edges. */
function mainGovernorate(geometry: Areal, govs: Feature<Areal>[]): string | undefined {
	let best: { pcode?: string; km2: number } = { km2: 0 };
	for (const g of govs) {
		const overlap = intersectAreal(geometry, g.geometry);
		const km2 = overlap ? areaKm2(overlap) : 0;
		if (km2 > best.km2) best = { pcode: String(g.properties?.adm2_pcode), km2 };
	}
	return best.pcode;
}

/**
 * Internal boundaries between every pair of neighbouring polygons, clipped to the area and to the
 * Gaza land polygon (each source has its own coastline; the lines stop at the basemap's).
 */
function internalBoundaries(
	polys: NamedPolygon[],
	land: Areal
): { a: NamedPolygon; b: NamedPolygon; lines: Position[][] }[] {
	const out: { a: NamedPolygon; b: NamedPolygon; lines: Position[][] }[] = [];
	const sorted = polys
		.slice()
		.sort((x, y) => (x.nameEn < y.nameEn ? -1 : x.nameEn > y.nameEn ? 1 : 0));
	for (let i = 0; i < sorted.length; i++) {
		for (let j = i + 1; j < sorted.length; j++) {
			const a = sorted[i]!;
			const b = sorted[j]!;
			const shared = joinLines(sharedEdges(a.ring, b.ring, SHARED_EDGE_METRES), SHARED_EDGE_METRES);
			const lines = clipLinesToPolygon(clipLinesToBBox(shared, AREA_BBOX), land);
			if (lines.length) out.push({ a, b, lines });
		}
	}
	return out;
}

/**
 * A municipality's label names: those of the place inside it that carries the same name (so lines
 * and labels spell it alike, e.g. HOT's "Shokat a-Sufi" over the relation's "Shokat aa-Sufi"), else
 * the relation's own tags.
 */
function municipalNames(
	geometry: Areal,
	tags: Record<string, unknown>,
	places: FeatureCollection
): { nameEn?: string; nameAr?: string } {
	const nameEn = tidyEnglish(tags['name:en'] as string | undefined);
	const nameAr = tidyArabic(tags['name:ar'] as string | undefined);
	const place = places.features.find((f) => {
		const p = f.properties ?? {};
		const sameAr = nameAr && p.name_ar && arabicKey(p.name_ar) === arabicKey(nameAr);
		const sameEn = nameEn && p.name_en && englishKey(p.name_en) === englishKey(nameEn);
		return (
			(sameAr || sameEn) &&
			f.geometry.type === 'Point' &&
			pointInAny(f.geometry.coordinates, [geometry])
		);
	});
	return {
		nameEn: (place?.properties?.name_en as string | undefined) ?? nameEn,
		nameAr: (place?.properties?.name_ar as string | undefined) ?? nameAr
	};
}

function deriveBoundaries(
	src: Sources,
	rings: Map<string, Position[]>,
	places: FeatureCollection
): { fc: FeatureCollection; border: Position[]; stats: string[] } {
	const stats: string[] = [];
	const features: Feature[] = [];
	const border = egyptBorder(rings);
	features.push(
		feature(
			{ id: 'boundary-gaza-egypt', kind: 'international', name_en: 'Gaza–Egypt border' },
			{ type: 'LineString', coordinates: border }
		)
	);
	stats.push(`Gaza–Egypt border: ${length(lineString(border)).toFixed(2)} km`);

	const gaza = rings.get('gaza');
	const israel = rings.get('israel');
	if (!gaza || !israel) throw new Error('land polygons for Gaza and Israel are needed');
	const armistice = clipLinesToBBox(
		joinLines(sharedEdges(gaza, israel, SHARED_EDGE_METRES), SHARED_EDGE_METRES),
		AREA_BBOX
	);
	const armisticeGeom = fromLines(armistice);
	if (!armisticeGeom) throw new Error('no Gaza–Israel line inside the area');
	features.push(
		feature(
			{ id: 'boundary-gaza-israel', kind: 'armistice', name_en: 'Gaza–Israel armistice line' },
			armisticeGeom
		)
	);
	stats.push(`Gaza–Israel line in area: ${length(multiLineString(armistice)).toFixed(2)} km`);

	const gazaLand = src.land.features.find((f) => COUNTRIES[String(f.properties?.A3)] === 'gaza');
	if (!gazaLand) throw new Error('no Gaza land polygon');

	// governorates: OCHA admin2, Gaza Strip only
	const govFeatures = src.admin2.features.filter(
		(f) => f.properties?.adm1_pcode === PCODES.gazaStrip
	);
	const govs: NamedPolygon[] = govFeatures.map((f) => ({
		nameEn: tidyEnglish(String(f.properties?.adm2_name)) ?? '',
		ring: outerRing(f.geometry)
	}));
	const govLines: Position[][] = [];
	for (const { a, b, lines } of internalBoundaries(govs, gazaLand.geometry)) {
		const simple = simplifiedLines(lines);
		govLines.push(...simple);
		const g = fromLines(simple);
		if (!g) continue;
		features.push(
			feature(
				{
					id: `boundary-governorate-${slugify(a.nameEn)}-${slugify(b.nameEn)}`,
					kind: 'governorate',
					name_en: `${a.nameEn} / ${b.nameEn}`
				},
				g
			)
		);
		stats.push(`governorate line ${a.nameEn} / ${b.nameEn}: ${simple.length} piece(s)`);
	}

	// municipalities: OSM boundary relations (bilingual names)
	const munis: NamedPolygon[] = [];
	for (const f of src.osmMunicipalities.features) {
		const g = f.geometry;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const { nameEn, nameAr } = municipalNames(g, f.properties ?? {}, places);
		if (!nameEn) continue;
		munis.push({ nameEn, nameAr, ring: outerRing(g), pcode: mainGovernorate(g, govFeatures) });
	}
	const govIndex = new SegmentIndex(govLines);
	let dropped = 0;
	let crossGovernorate = 0;
	for (const { a, b, lines } of internalBoundaries(munis, gazaLand.geometry)) {
		// municipalities in different governorates meet on a governorate line, drawn from OCHA instead
		if (a.pcode !== b.pcode) {
			crossGovernorate++;
			continue;
		}
		// where a municipal edge follows a governorate line, the governorate line is drawn instead
		const own = lines.flatMap((l) =>
			splitByCoverage(l, govIndex, MUNICIPAL_NEAR_GOVERNORATE_METRES, 'uncovered')
		);
		const kept = simplifiedLines(
			own.filter((l) => length(lineString(l), { units: 'meters' }) >= 100)
		);
		const g = fromLines(kept);
		if (!g) {
			dropped++;
			continue;
		}
		features.push(
			feature(
				{
					id: `boundary-municipal-${slugify(a.nameEn)}-${slugify(b.nameEn)}`,
					kind: 'municipality',
					name_en: `${a.nameEn} / ${b.nameEn}`,
					name_ar: a.nameAr && b.nameAr ? `${a.nameAr} / ${b.nameAr}` : undefined
				},
				g
			)
		);
	}
	stats.push(
		`governorate + municipal line vertices: ${boundaryVertices.before} → ${boundaryVertices.after} (simplified at ${BOUNDARY_SIMPLIFY_DEG}°)`
	);
	stats.push(
		`municipal pairs in different governorates (left to the governorate line): ${crossGovernorate}; pairs left empty after removing stretches along governorate lines: ${dropped}`
	);
	return { fc: collection(features), border, stats };
}

// ---------------------------------------------------------------------------------------------
// places

function inArea(p: Position): boolean {
	const [w, s, e, n] = AREA_BBOX;
	return p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;
}

const OSM_PLACE_KINDS: Record<string, PlaceKind> = {
	city: 'city',
	town: 'town',
	village: 'village',
	hamlet: 'hamlet',
	suburb: 'neighbourhood',
	neighbourhood: 'neighbourhood',
	quarter: 'neighbourhood'
};

interface RelTags {
	rel: number;
	role: string;
	reltags: Record<string, string>;
}

function placeCandidates(src: Sources): { candidates: PlaceCandidate[]; notes: string[] } {
	const hotosm: PlaceCandidate[] = [];
	for (const f of src.hotosmPlaces.features) {
		const p = f.properties ?? {};
		const position = f.geometry.coordinates;
		const kind = OSM_PLACE_KINDS[String(p.place)];
		if (!kind || !inArea(position)) continue;
		hotosm.push({
			source: 'hotosm',
			sourceId: `node/${p.osm_id}`,
			kind,
			nameEn: tidyEnglish(p['name:en']),
			nameAr: tidyArabic(p['name:ar'] ?? p.name),
			position
		});
	}
	// label nodes of OSM municipal relations: bilingual names for municipalities HOT's export lacks
	const municipal: PlaceCandidate[] = [];
	for (const f of src.osmMunicipalities.features) {
		if (f.geometry?.type !== 'Point') continue;
		const position = (f.geometry as Point).coordinates;
		const rel = ((f.properties?.['@relations'] ?? []) as RelTags[]).find(
			(r) => r.role === 'label' || r.role === 'admin_centre'
		);
		if (!rel || !inArea(position)) continue;
		municipal.push({
			source: 'osm-municipal',
			sourceId: String(f.properties?.['@id']),
			kind: rel.reltags.admin_level === '8' ? 'town' : 'village',
			nameEn: tidyEnglish(rel.reltags['name:en']),
			nameAr: tidyArabic(rel.reltags['name:ar']),
			position
		});
	}
	const ocha: PlaceCandidate[] = [];
	for (const f of src.ochaNeighbourhoods.features) {
		const position = f.geometry.coordinates;
		if (!inArea(position)) continue;
		ocha.push({
			source: 'ocha',
			kind: 'neighbourhood',
			nameEn: tidyEnglish(f.properties?.name),
			nameAr: tidyArabic(f.properties?.arabic),
			position
		});
	}
	const { candidates: ochaClean, dropped } = dropConflictingArabic(ocha);
	return { candidates: [...hotosm, ...municipal, ...ochaClean], notes: dropped };
}

/**
 * Label priority (1 first): by kind, with villages and neighbourhoods inside Rafah governorate or the
 * humanitarian area (the map's subject) one step ahead of those around it.
 */
const KIND_RANK: Record<PlaceKind, number> = {
	city: 1,
	town: 2,
	village: 3,
	camp: 3,
	landmark: 3,
	neighbourhood: 5,
	hamlet: 5
};

function placeRank(kind: PlaceKind, inFocus: boolean): number {
	const promoted = inFocus && (kind === 'village' || kind === 'neighbourhood' || kind === 'camp');
	return KIND_RANK[kind] - (promoted ? 1 : 0);
}

function derivePlaces(
	src: Sources,
	focus: Areal[]
): { fc: FeatureCollection; stats: string[]; missingArabic: string[] } {
	const { candidates, notes } = placeCandidates(src);
	const { places, merges } = mergePlaces(candidates, PLACE_MATCH_METRES);
	// cities take the OCHA COD spelling of the governorate named after them (Khan Younis, not Khan Yunis)
	const govNames = src.admin2.features
		.filter((f) => f.properties?.adm1_pcode === PCODES.gazaStrip)
		.map((f) => tidyEnglish(String(f.properties?.adm2_name)) ?? '');
	for (const p of places) {
		if (p.kind !== 'city' || !p.nameEn) continue;
		const gov = govNames.find((g) => englishKey(g) === englishKey(p.nameEn!));
		if (gov) p.nameEn = gov;
	}
	const usable = places.filter((p): p is MergedPlace & { nameEn: string } => Boolean(p.nameEn));
	const govs = src.admin2.features.filter((f) => f.properties?.adm1_pcode === PCODES.gazaStrip);
	const idCount = new Map<string, number>();
	const features: Feature[] = [];
	// deterministic order for id disambiguation: north to south, then west to east
	usable.sort((a, b) => b.position[1]! - a.position[1]! || a.position[0]! - b.position[0]!);
	for (const p of usable) {
		let id = `place-${slugify(p.nameEn)}`;
		if (usable.filter((q) => slugify(q.nameEn) === slugify(p.nameEn)).length > 1) {
			const gov = govs.find((g) => pointInAny(p.position, [g.geometry]));
			id += `-${slugify(String(gov?.properties?.adm2_name ?? 'gaza'))}`;
		}
		const n = (idCount.get(id) ?? 0) + 1;
		idCount.set(id, n);
		if (n > 1) id += `-${n}`;
		const rank = placeRank(p.kind, pointInAny(p.position, focus));
		features.push(
			feature(
				{ id, kind: p.kind, name_en: p.nameEn, name_ar: p.nameAr, rank },
				{ type: 'Point', coordinates: p.position }
			)
		);
	}
	const missingArabic = features
		.filter((f) => !f.properties?.name_ar)
		.map((f) => `${f.properties?.id} (${f.properties?.name_en})`);
	const stats = [
		`place candidates: ${candidates.length}, merged into ${places.length} places (${merges.length} merges)`,
		...merges.map((m) => `  merge: ${m}`),
		...notes.map((n) => `  arabic dropped: ${n}`)
	];
	return { fc: collection(features), stats, missingArabic };
}

// ---------------------------------------------------------------------------------------------
// buildings

function deriveBuildings(
	src: Sources,
	clipTo: Areal[]
): { fc: FeatureCollection; stats: string[] } {
	const features: Feature[] = [];
	let outside = 0;
	let slivers = 0;
	let verticesIn = 0;
	let verticesOut = 0;
	src.buildings.features.forEach((f, index) => {
		const ring = f.geometry.coordinates[0];
		if (!ring || ring.length < 4) return;
		// whole buildings, chosen by their centre, so none is cut in two at the clip line
		if (!pointInAny(centroid(f.geometry).geometry.coordinates, clipTo)) {
			outside++;
			return;
		}
		const areaM2 = area(polygon([ring]));
		const perimeter = length(lineString(ring), { units: 'meters' });
		if (
			areaM2 < MIN_BUILDING_M2 ||
			(4 * Math.PI * areaM2) / perimeter ** 2 < MIN_BUILDING_COMPACTNESS
		) {
			slivers++;
			return;
		}
		const simple = simplifyGeometry(f.geometry, BUILDING_SIMPLIFY_DEG);
		verticesIn += f.geometry.coordinates.reduce((s, r) => s + r.length, 0);
		verticesOut += simple.coordinates.reduce((s, r) => s + r.length, 0);
		features.push(feature({ id: `bldg-${String(index).padStart(5, '0')}` }, wound(simple)));
	});
	return {
		fc: collection(features),
		stats: [
			`buildings: ${src.buildings.features.length} in source, ${outside} outside Rafah governorate + humanitarian area, ${slivers} slivers (< ${MIN_BUILDING_M2} m² or thinner than 1:20), ${features.length} kept`,
			`building vertices: ${verticesIn} → ${verticesOut}`
		]
	};
}

// ---------------------------------------------------------------------------------------------
// roads

function deriveRoads(src: Sources, border: Position[]): { fc: FeatureCollection; stats: string[] } {
	const features: Feature[] = [];
	const stats: string[] = [];
	for (const road of TRUNK_ROADS) {
		const lines = trunkRoadLines(
			src.routes,
			road,
			(n) => arabicKey(n) === arabicKey(road.nameAr),
			ROAD_OPTIONS
		);
		const g = fromLines(lines)!;
		features.push(
			feature(
				{ id: `road-${road.key}`, kind: 'main', name_en: road.nameEn, name_ar: road.nameAr },
				g
			)
		);
		const km = length(multiLineString(lines));
		stats.push(`${road.nameEn}: ${lines.length} piece(s), ${km.toFixed(2)} km in area`);
	}
	features.push(
		feature(
			{
				id: 'road-philadelphi-corridor',
				kind: 'corridor',
				name_en: 'Philadelphi corridor',
				name_ar: 'محور فيلادلفيا'
			},
			{ type: 'LineString', coordinates: border }
		)
	);
	stats.push(`Philadelphi corridor: ${length(lineString(border)).toFixed(2)} km`);
	return { fc: collection(features), stats };
}

// ---------------------------------------------------------------------------------------------

function main(): void {
	const dir = sourcesDirFromArgs(process.argv.slice(2), USAGE);
	const src = readSources(dir);

	const rafah = governorate(src.admin2, PCODES.rafah).geometry;
	const humanitarian = humanitarianArea(src.evacMay).geometry;
	const focus = [rafah, humanitarian];

	const land = deriveLand(src);
	const places = derivePlaces(src, focus);
	const boundaries = deriveBoundaries(src, land.rings, places.fc);
	const buildings = deriveBuildings(src, focus);
	const roads = deriveRoads(src, boundaries.border);

	const outputs: [string, FeatureCollection][] = [
		['land', land.fc],
		['boundaries', boundaries.fc],
		['places', places.fc],
		['buildings', buildings.fc],
		['roads', roads.fc]
	];
	for (const [name, fc] of outputs) {
		const bytes = writeFeatureCollection(join(OUT_DIR, `${name}.geojson`), fc);
		log(`data/basemap/${name}.geojson: ${fc.features.length} features, ${kib(bytes)}`);
	}
	for (const line of [...boundaries.stats, ...places.stats, ...buildings.stats, ...roads.stats]) {
		log(line);
	}
	log(`places without an Arabic name: ${places.missingArabic.length}`);
	for (const m of places.missingArabic) log(`  ${m}`);
}

main();
