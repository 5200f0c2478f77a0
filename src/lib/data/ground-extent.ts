/**
 * The places with any statement about Israeli ground forces up to a date, compiled from the statements
 * of `data/ground-operations`. A list of where forces were said to be, by whom and since when — compiled
 * from reports, not an assessment of control: a place stays on it after forces leave, and a claim, a
 * report and an assessment count alike unless read apart in the first-date columns.
 *
 * Statements of kind `attack-on-forces` (an armed group's attack on Israeli forces) are left out:
 * their place may be where rockets were fired from, or lie outside the Strip, so they say nothing
 * about where ground forces were.
 */
import type { GroundBasis, GroundKind, GroundStatement } from './schemas/ground-operations';

export const EXTENT_CAVEAT = 'Compiled from reports, not an assessment of control.';

/** Kinds that do not place ground forces at the statement's place, and so stay out of the extent. */
export const NOT_IN_EXTENT: ReadonlySet<GroundKind> = new Set<GroundKind>(['attack-on-forces']);

/** A statement's place: its gazetteer entry, else its area, else its line. */
export function placeKeyOf(s: Pick<GroundStatement, 'place_id' | 'area_id' | 'line_id'>) {
	return s.place_id ?? s.area_id ?? s.line_id;
}

export interface ExtentEntry {
	key: string;
	/** The first day any statement places forces there. */
	first: string;
	/** The first day by each basis, where there is one. */
	firstBy: Partial<Record<GroundBasis, string>>;
	/** The latest day any statement speaks of. */
	last: string;
	statements: number;
}

/**
 * One entry per place, in order of the first statement (then by key, so the order is stable).
 * Attacks on forces (`NOT_IN_EXTENT`) are not counted.
 */
export function extentByPlace(statements: readonly GroundStatement[]): ExtentEntry[] {
	const byKey = new Map<string, ExtentEntry>();
	for (const s of statements) {
		if (NOT_IN_EXTENT.has(s.kind)) continue;
		const key = placeKeyOf(s);
		if (key === undefined) continue;
		const e = byKey.get(key) ?? { key, first: s.date, firstBy: {}, last: s.date, statements: 0 };
		if (s.date < e.first) e.first = s.date;
		if (s.date > e.last) e.last = s.date;
		const basisFirst = e.firstBy[s.basis];
		if (basisFirst === undefined || s.date < basisFirst) e.firstBy[s.basis] = s.date;
		e.statements++;
		byKey.set(key, e);
	}
	return [...byKey.values()].sort(
		(a, b) => a.first.localeCompare(b.first) || a.key.localeCompare(b.key)
	);
}

/** The places with any statement on or before `date`. */
export function extentAsOf(entries: readonly ExtentEntry[], date: string): ExtentEntry[] {
	return entries.filter((e) => e.first <= date);
}
