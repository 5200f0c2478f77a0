/**
 * The shareable view: everything a reader sees that a link, a share or an embed must restore — camera,
 * visible layers, the as-of date (or a from–to window), the selected feature and the language — read
 * from and written to the address. Pure: no DOM, no map, so the explorer, share links and embeds use one
 * parse and one serialise.
 *
 * Parsing is forgiving one key at a time: a value that is unknown, malformed, out of range, too long or
 * hostile is replaced by that key's default and the other keys still apply. It never throws.
 *
 * Address keys (all optional; a default is left out):
 *   d=2024-05-26 or d=2024-05-20..2024-05-26   as-of date, or a window of days
 *   l=strikes,hospitals                         visible layers (l= for none)
 *   g=several,confirmed                         strikes of these evidence grades only (g= for none)
 *   s=strike-0042                               selected feature
 *   c=34.25,31.29,13.2[,bearing]               camera: longitude, latitude, zoom and bearing
 *   lang=ar                                     language
 */
import * as v from 'valibot';
import { EVENT_PERIOD, inPeriod, isCalendarDate } from '../data/dates';
import { EVIDENCE_GRADES, isEvidenceGrade, type EvidenceGrade } from '../data/evidence';
import { LAYER_IDS, isLayerId, type LayerId } from './layers';

import { LOCALES, type Locale } from '../i18n';

export const LANGS = LOCALES;
export type Lang = Locale;

/** Where the camera may go, and how far it may zoom: the map's own limits. */
export const CAMERA_LIMITS = {
	west: 34.05,
	south: 31.1,
	east: 34.6,
	north: 31.55,
	minZoom: 9,
	maxZoom: 18
} as const;

/** Feature ids are lower-case, prefixed and short (`strike-0042`, `crossing-rafah`). */
const FEATURE_ID = /^[a-z][a-z0-9-]{0,79}$/;

/** Longer values are not parsed at all: no view needs them, and a hostile address gains nothing. */
const MAX_VALUE_LENGTH = 500;

const calendarDate = v.pipe(
	v.string(),
	v.check(isCalendarDate, 'not a calendar date'),
	v.check((d) => inPeriod(d), 'outside the period')
);

const cameraSchema = v.object({
	center: v.tuple([
		v.pipe(v.number(), v.minValue(CAMERA_LIMITS.west), v.maxValue(CAMERA_LIMITS.east)),
		v.pipe(v.number(), v.minValue(CAMERA_LIMITS.south), v.maxValue(CAMERA_LIMITS.north))
	]),
	zoom: v.pipe(v.number(), v.minValue(CAMERA_LIMITS.minZoom), v.maxValue(CAMERA_LIMITS.maxZoom)),
	bearing: v.pipe(v.number(), v.minValue(-180), v.maxValue(180))
});

const dateSchema = v.pipe(
	v.object({ from: v.optional(calendarDate), to: calendarDate }),
	v.check((d) => d.from === undefined || d.from <= d.to, 'window ends before it starts')
);

export const viewStateSchema = v.object({
	/** null: the home view, fitted to whatever screen the map has. */
	camera: v.nullable(cameraSchema),
	/** In the registry's order, without repeats. */
	layers: v.array(v.picklist(LAYER_IDS)),
	/** The map shows the situation as of `to`; with `from`, only what happened in [from, to]. */
	date: dateSchema,
	/** The strikes' evidence grades shown, weakest first, without repeats. */
	grades: v.array(v.picklist(EVIDENCE_GRADES)),
	selected: v.nullable(v.pipe(v.string(), v.regex(FEATURE_ID))),
	lang: v.picklist(LANGS)
});

export type ViewState = v.InferOutput<typeof viewStateSchema>;
export type Camera = NonNullable<ViewState['camera']>;
export type DateWindow = ViewState['date'];

export function isCamera(c: unknown): c is Camera {
	return v.is(cameraSchema, c);
}

export function defaultView(): ViewState {
	return {
		camera: null,
		layers: [...LAYER_IDS],
		date: { to: EVENT_PERIOD.to },
		grades: [...EVIDENCE_GRADES],
		selected: null,
		lang: 'en'
	};
}

const round = (x: number, digits: number) => {
	const r = Math.round(x * 10 ** digits) / 10 ** digits;
	return Object.is(r, -0) ? 0 : r;
};

/**
 * The camera at the precision the address keeps (about a metre, a hundredth of a zoom level, a tenth
 * of a degree), so a view that was shared restores to exactly the state that was serialised.
 */
export function normaliseCamera(c: Camera): Camera {
	const bearing = round(((((c.bearing + 180) % 360) + 360) % 360) - 180, 1);
	return {
		center: [round(c.center[0], 5), round(c.center[1], 5)],
		zoom: round(c.zoom, 2),
		bearing: bearing === -180 ? 180 : bearing
	};
}

/** Layers in registry order without repeats. */
export function normaliseLayers(layers: readonly string[]): LayerId[] {
	return LAYER_IDS.filter((id) => layers.includes(id));
}

type Raw = (key: string) => string | null;

function parseCamera(raw: string): ViewState['camera'] | undefined {
	const parts = raw.split(',');
	if (parts.length < 3 || parts.length > 4) return undefined;
	// Number('') is 0 and Number(' 1') is 1: accept plain decimal numbers only.
	if (!parts.every((p) => /^-?\d{1,3}(\.\d{1,12})?$/.test(p))) return undefined;
	const [lon, lat, zoom, bearing = 0] = parts.map(Number) as [number, number, number, number?];
	const camera = v.safeParse(cameraSchema, { center: [lon, lat], zoom, bearing });
	return camera.success ? normaliseCamera(camera.output) : undefined;
}

/** Grades weakest first without repeats. */
export function normaliseGrades(grades: readonly string[]): EvidenceGrade[] {
	return EVIDENCE_GRADES.filter((g) => grades.includes(g));
}

function parseGrades(raw: string): EvidenceGrade[] | undefined {
	if (raw === '') return [];
	const known = raw.split(',').filter(isEvidenceGrade);
	return known.length ? normaliseGrades(known) : undefined;
}

function parseLayers(raw: string): LayerId[] | undefined {
	if (raw === '') return [];
	const known = raw.split(',').filter(isLayerId);
	return known.length ? normaliseLayers(known) : undefined;
}

function parseDate(raw: string): DateWindow | undefined {
	const parts = raw.split('..');
	if (parts.length > 2) return undefined;
	const value = parts.length === 2 ? { from: parts[0], to: parts[1] } : { to: parts[0] };
	const date = v.safeParse(dateSchema, value);
	return date.success ? date.output : undefined;
}

function field<T>(raw: Raw, key: string, parse: (value: string) => T | undefined): T | undefined {
	const value = raw(key);
	if (value === null || value.length > MAX_VALUE_LENGTH) return undefined;
	return parse(value);
}

/** The view an address asks for; anything it gets wrong falls back to that key's default. */
export function parseView(url: URL | URLSearchParams | string): ViewState {
	const params =
		url instanceof URL ? url.searchParams : url instanceof URLSearchParams ? url : safeParams(url);
	// The first of repeated keys wins, as URLSearchParams.get reads it; keys are looked up, never
	// copied into an object, so `__proto__` and the like are just unknown keys.
	const raw: Raw = (key) => params.get(key);
	const fallback = defaultView();
	const lang = field(raw, 'lang', (x) =>
		(LANGS as readonly string[]).includes(x) ? (x as Lang) : undefined
	);
	const selected = field(raw, 's', (x) => (FEATURE_ID.test(x) ? x : undefined));
	return {
		camera: field(raw, 'c', parseCamera) ?? fallback.camera,
		layers: field(raw, 'l', parseLayers) ?? fallback.layers,
		date: field(raw, 'd', parseDate) ?? fallback.date,
		grades: field(raw, 'g', parseGrades) ?? fallback.grades,
		selected: selected ?? fallback.selected,
		lang: lang ?? fallback.lang
	};
}

function safeParams(search: string): URLSearchParams {
	try {
		return new URLSearchParams(search);
	} catch {
		return new URLSearchParams();
	}
}

/**
 * The address's search string for a view (`?d=…&l=…`, or '' for the default view). Keys in a fixed
 * order and defaults left out, so one view has one address. Every value is made of characters that
 * need no escaping (ids, digits, `,` `.` `-`), which keeps shared links readable. Pages carry their
 * language in their path (`/ar/…`), so links to them leave `lang` out (`{ lang: false }`).
 */
export function serialiseView(view: ViewState, { lang: withLang = true } = {}): string {
	const fallback = defaultView();
	const pairs: [string, string][] = [];
	const { date, layers, grades, selected, camera, lang } = view;
	if (date.from !== undefined || date.to !== fallback.date.to)
		pairs.push(['d', date.from !== undefined ? `${date.from}..${date.to}` : date.to]);
	const ordered = normaliseLayers(layers);
	if (ordered.join(',') !== fallback.layers.join(',')) pairs.push(['l', ordered.join(',')]);
	const kept = normaliseGrades(grades);
	if (kept.join(',') !== fallback.grades.join(',')) pairs.push(['g', kept.join(',')]);
	if (selected !== null) pairs.push(['s', selected]);
	if (camera !== null) {
		const c = normaliseCamera(camera);
		const values = [c.center[0], c.center[1], c.zoom, ...(c.bearing !== 0 ? [c.bearing] : [])];
		pairs.push(['c', values.join(',')]);
	}
	if (withLang && lang !== fallback.lang) pairs.push(['lang', lang]);
	return pairs.length ? `?${pairs.map(([k, x]) => `${k}=${x}`).join('&')}` : '';
}

/** True when two views would give the same address. */
export function sameView(a: ViewState, b: ViewState): boolean {
	return serialiseView(a) === serialiseView(b);
}
