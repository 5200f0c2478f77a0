/**
 * `data/ground-operations/`: one row per dated statement about Israeli ground forces in Rafah
 * governorate and al-Mawasi (`statements.csv`): where, what was said, by whom, and on what basis — a
 * party's claim, a report by residents, journalists or a UN agency, or an analysis organisation's
 * assessment. The three are kept apart; no row is a front line.
 */
import * as v from 'valibot';
import {
	count,
	date,
	degrees,
	id,
	oneOf,
	optionalDate,
	optionalRef,
	optionalText,
	ref,
	text,
	TEXT_MAX
} from '../fields';
import { AREA_BBOX, MAX_UNCERTAINTY_M, PRECISIONS } from './common';

/**
 * What a statement says the forces did, or, for `attack-on-forces`, what was done to them: an armed
 * group's attack on Israeli forces (rockets or mortars fired at them, an ambush, soldiers killed or
 * wounded). Its place may be a launch site or lie outside the Strip, so the compiled extent leaves it
 * out (`src/lib/data/ground-extent.ts`).
 */
export const GROUND_KINDS = [
	'forces-present',
	'advance',
	'raid-withdrawal',
	'clearing-demolition',
	'control-stated',
	'attack-on-forces'
] as const;
export type GroundKind = (typeof GROUND_KINDS)[number];

/** On what the statement rests: the map colours by this, so the three never blur into one. */
export const GROUND_BASES = ['claimed', 'reported', 'assessed'] as const;
export type GroundBasis = (typeof GROUND_BASES)[number];

/**
 * How the day a statement refers to was found: stated on the page, worked out from a weekday and the
 * page's date, the last day of a report's period, the publication date for statements about "now",
 * or other details on the page (the row's note says which).
 */
export const DATE_FROM = ['stated', 'weekday', 'period', 'published', 'context'] as const;
export type DateFrom = (typeof DATE_FROM)[number];

/**
 * Lines of the basemap a statement may be about (`data/basemap/roads.geojson`): so far only the border
 * strip, which no gazetteer point can stand for. A test checks that each id is in the basemap file.
 */
export const GROUND_LINES = ['road-philadelphi-corridor'] as const;
export type GroundLine = (typeof GROUND_LINES)[number];

export const GROUND_LINE_NAMES: Record<GroundLine, string> = {
	'road-philadelphi-corridor': 'Philadelphi corridor (Gaza–Egypt border strip)'
};

const optionalLine = () =>
	v.pipe(
		v.string(),
		v.trim(),
		v.picklist(
			['', ...GROUND_LINES] as const,
			`must be one of: ${GROUND_LINES.join(', ')} or empty`
		),
		v.transform((s) => (s === '' ? undefined : s))
	);

export const groundStatementRow = v.object({
	id: id('ground'),
	/** The day the statement speaks of. */
	date: date(),
	date_from: oneOf(DATE_FROM),
	/** The day the page was published; empty when the page shows none. */
	published: optionalDate(),
	/** The place as the source names it. */
	location: text(TEXT_MAX.name),
	/** The gazetteer entry (data/places) the location names, most specific first. */
	place_id: optionalRef(),
	/** An area of the shelter-population outlines the statement is drawn at (eastern Rafah). */
	area_id: optionalRef(),
	/** A basemap line the statement is about (the Philadelphi corridor). */
	line_id: optionalLine(),
	lon: degrees(AREA_BBOX.west, AREA_BBOX.east),
	lat: degrees(AREA_BBOX.south, AREA_BBOX.north),
	precision: oneOf(PRECISIONS),
	uncertainty_m: count(MAX_UNCERTAINTY_M),
	kind: oneOf(GROUND_KINDS),
	basis: oneOf(GROUND_BASES),
	/** Who made the statement, as the source attributes it. */
	attributed_to: text(TEXT_MAX.name),
	source_id: ref(),
	/** One or two sentences in our words. */
	summary: text(TEXT_MAX.prose),
	/** How the point and the date were chosen, and other caveats. */
	note: optionalText(TEXT_MAX.prose)
});

export type GroundStatement = v.InferOutput<typeof groundStatementRow>;

export const GROUND_KIND_WORDS: Record<GroundKind, string> = {
	'forces-present': 'Forces present',
	advance: 'Advance',
	'raid-withdrawal': 'Raid or withdrawal',
	'clearing-demolition': 'Clearing or demolition',
	'control-stated': 'Control stated',
	'attack-on-forces': 'Attack on forces'
};

export const DATE_FROM_WORDS: Record<DateFrom, string> = {
	stated: 'the day is stated on the page',
	weekday: 'worked out from the weekday the page gives and its date',
	period: 'the last day of the period the report covers',
	published: 'the page speaks of the present; dated to its publication',
	context: 'worked out from other details on the page (see the note)'
};
