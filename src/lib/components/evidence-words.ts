/** The words for evidence grades, in the reader's language: one place for the filter, details, lists and counts. */
import type { EvidenceGrade } from '$lib/data/evidence';
import { m } from '$lib/paraglide/messages';

const LABELS: Record<EvidenceGrade, () => string> = {
	single: m.evidence_single,
	several: m.evidence_several,
	confirmed: m.evidence_confirmed
};

export function gradeLabel(grade: EvidenceGrade): string {
	return LABELS[grade]();
}

/** Several grades as one phrase: "Several independent sources, Confirmed by …". */
export function gradeList(grades: readonly EvidenceGrade[]): string {
	return grades.map(gradeLabel).join(m.evidence_separator());
}
