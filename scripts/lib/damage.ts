/**
 * UNOSAT's damaged-structure counts per OCHA municipality (as aggregated by Palestine Land Loss) as the
 * project's damage areas and figure rows: the municipalities mostly inside one governorate, re-keyed,
 * and one figure per municipality; and the Gaza-wide count of selected assessment rounds. Nothing is
 * filled in: a municipality the damage file has no count for fails the run.
 */
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { centroid } from '@turf/turf';
import { csvFormat, csvParse } from 'd3-dsv';
import { type Areal, areaKm2, intersectAreal, simplifyGeometry } from './geometry';

export const MUNICIPAL_FILE = 'admin-ocha-municipal-neighbourhoods-pll/gaza_municipal.geojson';
export const DAMAGE_FILE = 'damage-unosat-municipal-agg-pll/gaza_damage.geojson';
export const ROUNDS_FILE = 'damage-unosat-municipal-agg-pll/unosat_rounds_timeline_gazawide.json';

/** The project's figure columns, in schema order. */
export const FIGURE_COLUMNS = [
	'id',
	'area_id',
	'date',
	'since',
	'metric',
	'value',
	'method',
	'source_id',
	'note'
] as const;

export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], string>;

/** How a source municipality becomes a project area. Unnamed ones are told apart by a point inside. */
export interface MunicipalityKey {
	/** The source's `name`. */
	name: string;
	/** For "Unnamed municipality": a point [lon, lat] within 0.01° of its centroid. */
	near?: Position;
	id: string;
	name_en: string;
	name_ar: string;
}

type Props = Record<string, unknown>;
type AnyFeature = Feature<Polygon | MultiPolygon, Props>;

const sameGeometry = (a: AnyFeature, b: AnyFeature) =>
	JSON.stringify(a.geometry.coordinates) === JSON.stringify(b.geometry.coordinates);

function keyOf(f: AnyFeature, keys: readonly MunicipalityKey[]): MunicipalityKey | undefined {
	const [x, y] = centroid(f).geometry.coordinates as [number, number];
	return keys.find(
		(k) =>
			k.name === f.properties.name &&
			(!k.near || (Math.abs(k.near[0]! - x) < 0.01 && Math.abs(k.near[1]! - y) < 0.01))
	);
}

export interface Selected {
	key: MunicipalityKey;
	share: number;
	outline: AnyFeature;
	damage: AnyFeature;
}

/**
 * The municipalities with at least `minShare` (0–1) of their area inside `governorate`, each with the
 * damage feature of the same outline. Fails on a selected municipality no key names, or one the damage
 * file has no outline or count for.
 */
export function selectMunicipalities(
	municipal: FeatureCollection,
	damage: FeatureCollection,
	governorate: Areal,
	keys: readonly MunicipalityKey[],
	minShare: number
): Selected[] {
	const out: Selected[] = [];
	for (const f of municipal.features as AnyFeature[]) {
		const inside = intersectAreal(f.geometry, governorate);
		const share = inside ? areaKm2(inside) / areaKm2(f.geometry) : 0;
		if (share < minShare) continue;
		const key = keyOf(f, keys);
		if (!key) throw new Error(`no key for municipality "${String(f.properties.name)}"`);
		const match = (damage.features as AnyFeature[]).filter((d) => sameGeometry(d, f));
		if (match.length !== 1)
			throw new Error(`${key.id}: ${match.length} damage features share its outline`);
		const value = match[0]!.properties.damage_sites;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
			throw new Error(`${key.id}: damage_sites is ${String(value)}`);
		out.push({ key, share, outline: f, damage: match[0]! });
	}
	return out.sort((a, b) => (a.key.id < b.key.id ? -1 : 1));
}

/** The project's area features: simplified outline, names, the governorate and the share inside it. */
export function municipalityFeatures(
	selected: readonly Selected[],
	governorateId: string,
	simplifyDeg: number,
	derivedFrom: string
): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: selected.map((s) => {
			const geometry = simplifyGeometry(s.outline.geometry, simplifyDeg);
			return {
				type: 'Feature',
				properties: {
					id: s.key.id,
					name_en: s.key.name_en,
					name_ar: s.key.name_ar,
					kind: 'municipality',
					governorate_id: governorateId,
					share_in_governorate_pct: Math.round(s.share * 1000) / 10,
					area_km2_computed: areaKm2(geometry),
					derived_from: `${derivedFrom}: "${String(s.outline.properties.name)}"`
				},
				geometry
			};
		})
	};
}

/** One figure per selected municipality: its damaged structures at the file's assessment date. */
export function municipalFigureRows(
	selected: readonly Selected[],
	sourceId: string,
	note: (s: Selected) => string
): FigureRow[] {
	return selected.map((s) => {
		const date = String(s.damage.properties.assessment_date ?? '');
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${s.key.id}: bad date "${date}"`);
		return {
			id: `dmg-unosat-${s.key.id.replace(/^muni-/, '')}-${date}`,
			area_id: s.key.id,
			date,
			since: '',
			metric: 'damaged_structures',
			value: String(s.damage.properties.damage_sites),
			method: 'optical',
			source_id: sourceId,
			note: note(s)
		};
	});
}

interface Rounds {
	gaza_damage?: { timeline?: { round?: number; date?: string; sites_assessed?: number }[] };
}

/** The Gaza-wide count of each round dated in `dates`; fails on a date the timeline lacks. */
export function roundRows(
	rounds: Rounds,
	dates: readonly string[],
	areaId: string,
	sourceId: string,
	note: string
): FigureRow[] {
	const timeline = rounds.gaza_damage?.timeline ?? [];
	return dates.map((date) => {
		const r = timeline.filter((t) => t.date === date);
		if (r.length !== 1) throw new Error(`round of ${date}: ${r.length} entries`);
		const value = r[0]!.sites_assessed;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
			throw new Error(`round of ${date}: sites_assessed is ${String(value)}`);
		return {
			id: `dmg-unosat-gaza-strip-${date}`,
			area_id: areaId,
			date,
			since: '',
			metric: 'damaged_structures',
			value: String(value),
			method: 'optical',
			source_id: sourceId,
			note: `Round ${r[0]!.round ?? '?'}. ${note}`
		};
	});
}

/**
 * The figures file with the derived rows replaced: rows citing `sourceId` are the derivation's and
 * are written anew; every other row (figures read from reports) is kept as it is. Sorted by id.
 */
export function mergeFigures(existing: string, derived: readonly FigureRow[], sourceId: string) {
	const kept = existing.trim()
		? (csvParse(existing) as unknown as FigureRow[]).filter((r) => r.source_id !== sourceId)
		: [];
	const rows = [...kept, ...derived].map(
		(r) => Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, r[c] ?? ''])) as FigureRow
	);
	const ids = new Set<string>();
	for (const r of rows) {
		if (ids.has(r.id)) throw new Error(`two figure rows have id ${r.id}`);
		ids.add(r.id);
	}
	rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return `${csvFormat(rows, [...FIGURE_COLUMNS])}\n`;
}
