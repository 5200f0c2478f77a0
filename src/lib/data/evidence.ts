/**
 * How well each strike is sourced, after Airwars' practice: from one source only, from several
 * independent sources, or confirmed by a UN agency, the ICRC or the Palestine Red Crescent. Computed
 * from the incident's accounts and the publishers of the documents they cite, never written by hand.
 *
 * Independence is by originating publisher: a wire story carried by three outlets ("Reuters (via The
 * Hindu)", "Reuters (via Arab News)") is one source. A party's own account of a strike counts as an
 * account of it (it says the strike happened) but never confirms it.
 */
import { groupBy } from './group';
import type { Source } from './schemas/sources';

/** Weakest first: the order of the legend, the filter and the address. */
export const EVIDENCE_GRADES = ['single', 'several', 'confirmed'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export function isEvidenceGrade(x: string): x is EvidenceGrade {
	return (EVIDENCE_GRADES as readonly string[]).includes(x);
}

/** Bodies whose account confirms an incident: UN agencies, the ICRC, the Palestine Red Crescent. */
const CONFIRMING =
	/^(OCHA|UNRWA|WHO|UNICEF|UNFPA|WFP|UNDP|OHCHR|UNOSAT|UN News|UN Geneva|United Nations|ICRC|International Committee of the Red Cross|Palestine Red Crescent|PRCS)\b/;

/** The major wires: the agencies newsrooms take copy from. */
const WIRES = /^(Reuters|AP|Associated Press|AFP|Agence France-Presse)\b/;

export type PublisherClass = 'confirming' | 'wire' | 'other';

/** The publisher a document's text comes from: "Reuters (via The Hindu)" is Reuters. */
export function originOf(publisher: string): string {
	return publisher.replace(/\s*\(via [^)]*\)\s*$/, '').trim();
}

export function publisherClass(publisher: string): PublisherClass {
	const origin = originOf(publisher);
	if (CONFIRMING.test(origin)) return 'confirming';
	if (WIRES.test(origin)) return 'wire';
	return 'other';
}

export interface StrikeEvidence {
	strike_id: string;
	grade: EvidenceGrade;
	/** The originating publishers of its accounts, in the order first cited. */
	origins: string[];
	/** Whether a UN agency, the ICRC, the Palestine Red Crescent or a major wire gives an account. */
	un_or_wire: boolean;
}

/** The grade of one incident from the publishers of its accounts' documents. */
export function gradeOf(publishers: readonly string[]): EvidenceGrade {
	if (publishers.some((p) => publisherClass(p) === 'confirming')) return 'confirmed';
	return new Set(publishers.map(originOf)).size >= 2 ? 'several' : 'single';
}

/** Every strike's evidence, in the strikes' order. A source id that resolves to nothing is skipped. */
export function strikeEvidence(s: {
	strikes: readonly { id: string }[];
	strikeReports: readonly { strike_id: string; source_id: string }[];
	sources: readonly Pick<Source, 'id' | 'publisher'>[];
}): StrikeEvidence[] {
	const publisher = new Map(s.sources.map((d) => [d.id, d.publisher]));
	const byStrike = groupBy(s.strikeReports, (r) => r.strike_id);
	return s.strikes.map(({ id }) => {
		const publishers = (byStrike.get(id) ?? [])
			.map((r) => publisher.get(r.source_id))
			.filter((p): p is string => p !== undefined);
		return {
			strike_id: id,
			grade: gradeOf(publishers),
			origins: [...new Set(publishers.map(originOf))],
			un_or_wire: publishers.some((p) => publisherClass(p) !== 'other')
		};
	});
}

const computed = new WeakMap<object, StrikeEvidence[]>();

/**
 * `strikeEvidence` once per situation: the map features, the records and the download all need it,
 * and the build asks for each from the same situation object.
 */
export function evidenceOf(s: Parameters<typeof strikeEvidence>[0]): StrikeEvidence[] {
	let e = computed.get(s);
	if (e === undefined) computed.set(s, (e = strikeEvidence(s)));
	return e;
}

/** How many incidents have each grade. */
export function gradeCounts(evidence: readonly StrikeEvidence[]): Record<EvidenceGrade, number> {
	const counts = { single: 0, several: 0, confirmed: 0 };
	for (const e of evidence) counts[e.grade]++;
	return counts;
}
