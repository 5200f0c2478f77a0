/**
 * Evacuation-order blocks as digitised by GazaMaps (block polygons with the order's date, status and
 * links) and the GazaMaps order index. Pure functions over parsed JSON.
 */
import type { Feature } from 'geojson';
import type { Areal } from './geometry';

export type BlockStatus = 'Displaced' | 'Safe';

export interface EvacBlock {
	block: string;
	/** ISO instant the order was posted, UTC. */
	issuedAt: string;
	status: BlockStatus;
	/** Order number in the GazaMaps index, from the block's gazamaps.com/displacement/<n> link. */
	order: number | undefined;
	sourcePostUrl: string | undefined;
	geometry: Areal;
}

export interface IndexOrder {
	id: number;
	date: string;
	source: string;
	displacementBlocks: string[];
	safeBlocks: string[];
	areaKm2Displacement: number | undefined;
	areaKm2Safe: number | undefined;
}

/** Block numbers are written 37.1 or 37 and stored as numbers or strings; compare them as text. */
export function blockKey(value: unknown): string {
	if (typeof value === 'number') return String(value);
	if (typeof value === 'string') return value.trim().replace(/\.0+$/, '');
	return '';
}

/** The order number from a gazamaps.com/displacement/<n> link, if it has one. */
export function gazaMapsOrder(url: unknown): number | undefined {
	if (typeof url !== 'string') return undefined;
	const m = /gazamaps\.com\/displacement\/(\d+)\/?$/.exec(url.trim());
	return m ? Number(m[1]) : undefined;
}

/** Only https links are passed on (the app opens them); anything else is dropped. */
export function httpsUrl(url: unknown): string | undefined {
	if (typeof url !== 'string') return undefined;
	const u = url.trim();
	return /^https:\/\/[^\s]+$/.test(u) ? u : undefined;
}

/** Dates come as RFC 1123 text ("Mon, 06 May 2024 04:51:00 GMT") or epoch milliseconds. */
export function parseIssued(value: unknown): string | undefined {
	let ms: number;
	if (typeof value === 'number') ms = value;
	else if (typeof value === 'string' && value.trim()) ms = Date.parse(value);
	else return undefined;
	return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** Status from either file's schema: StatusText Displaced/Safe, or StatusShort 1/2. */
function parseStatus(p: Record<string, unknown>): BlockStatus | undefined {
	if (p.StatusText === 'Displaced' || p.StatusShort === 1) return 'Displaced';
	if (p.StatusText === 'Safe' || p.StatusShort === 2) return 'Safe';
	return undefined;
}

/** Blocks with a date, a status and a polygon; others (e.g. undated rows of a dump) are skipped. */
export function readBlocks(features: Feature[]): EvacBlock[] {
	const out: EvacBlock[] = [];
	for (const f of features) {
		const p = (f.properties ?? {}) as Record<string, unknown>;
		const issuedAt = parseIssued(p.Date);
		const status = parseStatus(p);
		const g = f.geometry;
		if (!issuedAt || !status || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		out.push({
			block: blockKey(p.Block),
			issuedAt,
			status,
			order: gazaMapsOrder(p.GazaMaps),
			sourcePostUrl: httpsUrl(p.Source),
			geometry: g
		});
	}
	return out;
}

function splitBlocks(list: unknown): string[] {
	if (typeof list !== 'string') return [];
	return list
		.split(',')
		.map(blockKey)
		.filter((b) => b !== '');
}

function optionalNumber(value: unknown): number | undefined {
	const n = typeof value === 'string' ? Number(value) : value;
	return typeof n === 'number' &&
		Number.isFinite(n) &&
		!(typeof value === 'string' && !value.trim())
		? n
		: undefined;
}

/** The GazaMaps order index (an array of orders with comma-separated block lists and km²). */
export function readIndex(json: unknown): IndexOrder[] {
	if (!Array.isArray(json)) throw new Error('GazaMaps index: expected an array of orders');
	return json.map((o: Record<string, unknown>) => ({
		id: Number(o.id),
		date: String(o.date ?? ''),
		source: String(o.source ?? ''),
		displacementBlocks: splitBlocks(o.displacement_blocks),
		safeBlocks: splitBlocks(o.labeled_safe_blocks),
		areaKm2Displacement: optionalNumber(o.area_sq_km_displacement),
		areaKm2Safe: optionalNumber(o.area_sq_km_labeled_safe)
	}));
}

/** Blocks of one order and status, de-duplicated by block number (first occurrence wins). */
export function blocksOf(blocks: EvacBlock[], order: number, status: BlockStatus): EvacBlock[] {
	const seen = new Set<string>();
	return blocks.filter((b) => {
		if (b.order !== order || b.status !== status || seen.has(b.block)) return false;
		seen.add(b.block);
		return true;
	});
}

/** Differences between two block lists, for the run log: what the index has that the file lacks. */
export function compareBlockLists(
	expected: string[],
	found: string[]
): { missing: string[]; extra: string[] } {
	const f = new Set(found);
	const e = new Set(expected);
	return {
		missing: expected.filter((b) => !f.has(b)),
		extra: found.filter((b) => !e.has(b))
	};
}
