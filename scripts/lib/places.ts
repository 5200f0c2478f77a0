/**
 * Merging place labels from several gazetteers into one list: the same place appears in OSM, in
 * OSM's municipal boundaries and in OCHA's neighbourhood points under different spellings.
 */
import type { Position } from 'geojson';
import { distance } from '@turf/turf';
import { arabicKey, englishKey, namesAgree } from './names';

/** Kinds of basemap labels (the gazetteer in data/places has its own, wider list). */
export const BASEMAP_PLACE_KINDS = [
	'city',
	'town',
	'village',
	'neighbourhood',
	'camp',
	'hamlet',
	'landmark'
] as const;
export type PlaceKind = (typeof BASEMAP_PLACE_KINDS)[number];

export interface PlaceCandidate {
	/** Short source name for the log, e.g. "hotosm". */
	source: string;
	/** Identity shared across sources (an OSM node id), when there is one. */
	sourceId?: string;
	kind: PlaceKind;
	nameEn?: string;
	nameAr?: string;
	position: Position;
}

export interface MergedPlace {
	kind: PlaceKind;
	nameEn?: string;
	nameAr?: string;
	position: Position;
	sourceIds: string[];
	sources: string[];
}

function metres(a: Position, b: Position): number {
	return distance(a, b, { units: 'meters' });
}

function sameName(
	a: { nameEn?: string; nameAr?: string },
	b: { nameEn?: string; nameAr?: string }
) {
	if (a.nameAr && b.nameAr && arabicKey(a.nameAr) === arabicKey(b.nameAr)) return true;
	if (a.nameEn && b.nameEn && englishKey(a.nameEn) === englishKey(b.nameEn)) return true;
	return false;
}

/**
 * Arabic names that one source gives to two differently named places are suspect (a copy-paste slip);
 * the Arabic is kept only where it spells the English name, and dropped elsewhere. Returns the
 * cleaned candidates and a note per dropped name.
 */
export function dropConflictingArabic(candidates: PlaceCandidate[]): {
	candidates: PlaceCandidate[];
	dropped: string[];
} {
	const dropped: string[] = [];
	const cleaned = candidates.map((c) => {
		if (!c.nameAr || !c.nameEn) return c;
		const clash = candidates.some(
			(o) =>
				o !== c &&
				o.source === c.source &&
				o.nameAr &&
				o.nameEn &&
				arabicKey(o.nameAr) === arabicKey(c.nameAr!) &&
				englishKey(o.nameEn) !== englishKey(c.nameEn!)
		);
		if (clash && !namesAgree(c.nameEn, c.nameAr)) {
			dropped.push(`${c.source}: "${c.nameEn}" had "${c.nameAr}", which belongs to another point`);
			return { ...c, nameAr: undefined };
		}
		return c;
	});
	return { candidates: cleaned, dropped };
}

/**
 * Merges candidates in priority order: a later candidate joins an earlier place when they share a
 * source id, or when a name matches (Arabic key or English skeleton) within `maxMetres`. The earlier
 * place keeps its kind and position; missing names are filled in from the later one.
 */
export function mergePlaces(
	candidates: readonly PlaceCandidate[],
	maxMetres: number
): { places: MergedPlace[]; merges: string[] } {
	const places: MergedPlace[] = [];
	const merges: string[] = [];
	for (const c of candidates) {
		const match =
			(c.sourceId ? places.find((p) => p.sourceIds.includes(c.sourceId!)) : undefined) ??
			places.find((p) => sameName(p, c) && metres(p.position, c.position) <= maxMetres);
		if (match) {
			if (!match.nameEn && c.nameEn) match.nameEn = c.nameEn;
			if (!match.nameAr && c.nameAr) match.nameAr = c.nameAr;
			if (c.sourceId && !match.sourceIds.includes(c.sourceId)) match.sourceIds.push(c.sourceId);
			if (!match.sources.includes(c.source)) match.sources.push(c.source);
			merges.push(
				`${c.source} "${c.nameEn ?? c.nameAr}" → "${match.nameEn ?? match.nameAr}" (${Math.round(metres(match.position, c.position))} m)`
			);
			continue;
		}
		places.push({
			kind: c.kind,
			nameEn: c.nameEn,
			nameAr: c.nameAr,
			position: c.position,
			sourceIds: c.sourceId ? [c.sourceId] : [],
			sources: [c.source]
		});
	}
	return { places, merges };
}
