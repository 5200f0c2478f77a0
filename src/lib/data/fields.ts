/**
 * Cell validators for curated CSV tables. Every cell arrives as a string; these pipes check it and turn
 * it into the typed value, so the inferred output type of a table schema is the record type the app uses.
 * Empty cells mean "not stated by the source" and become `undefined`, never 0. GeoJSON properties use
 * the same text, date and link pipes, and their own for JSON numbers.
 */
import * as v from 'valibot';
import { codePoint, forbiddenKind } from './characters';
import { startsLikeFormula } from './csv-safe';
import { isCalendarDate } from './dates';

const trimmed = () => v.pipe(v.string(), v.trim());

/**
 * Upper bounds on text, in characters: room to spare over the longest real value of each kind, and
 * far short of a pasted page (an unbroken 100,000-character summary makes the events page 1.6 million
 * pixels wide).
 */
export const TEXT_MAX = {
	/** A name, label, qualifier or key: one line of a list or legend (longest real value: 110). */
	name: 200,
	/** A document's title (longest real value: 137). */
	title: 500,
	/** A summary, note, claim or description: a paragraph, not an article (longest real value: 524). */
	prose: 2_000,
	/** A link (longest real value: 370; many servers and tools stop near 2,000). */
	url: 2_000
} as const;

/** Rejects characters no curated text needs, naming the first one and where it is. */
const plainCharacters = () =>
	v.rawCheck<string>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		let index = 0;
		for (const char of dataset.value) {
			const code = char.codePointAt(0)!;
			const kind = forbiddenKind(code);
			if (kind) {
				addIssue({ message: `contains ${codePoint(code)} (${kind}) at character ${index + 1}` });
				return;
			}
			index++;
		}
	});

/** Options of a text field. */
interface TextOptions {
	/**
	 * Real values of this field that start like a spreadsheet formula, matched by this pattern (say
	 * why in the schema). Every other value starting with = + - or @ is rejected.
	 */
	formulaLike?: RegExp;
}

/** Bounds the length and refuses a start a spreadsheet would run as a formula. */
const boundedText = (max: number, { formulaLike }: TextOptions) =>
	v.rawCheck<string>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const text = dataset.value;
		const length = [...text].length;
		if (length > max) addIssue({ message: `is ${length} characters long; at most ${max}` });
		if (startsLikeFormula(text) && !formulaLike?.test(text))
			addIssue({ message: `starts with "${text[0]}", which a spreadsheet would run as a formula` });
	});

/** Text of at most `max` characters, trimmed, with no control characters. */
const cleanText = (max: number, options: TextOptions) =>
	v.pipe(v.string(), plainCharacters(), v.trim(), boundedText(max, options));

/** Required text of at most `max` characters. */
export const text = (max: number, options: TextOptions = {}) =>
	v.pipe(cleanText(max, options), v.minLength(1, 'is required'));

/** Optional text: empty becomes undefined. */
export const optionalText = (max: number, options: TextOptions = {}) =>
	v.pipe(
		cleanText(max, options),
		v.transform((s) => (s === '' ? undefined : s))
	);

/** Text that may be left out of a GeoJSON feature's properties, but not given empty. */
export const optionalProperty = (max: number) =>
	v.optional(v.pipe(cleanText(max, {}), v.minLength(1, 'must not be empty')));

/** A stable prefixed id such as `strike-0001`. */
export const id = (prefix: string) =>
	v.pipe(trimmed(), v.regex(new RegExp(`^${prefix}-[a-z0-9-]+$`), `must look like ${prefix}-…`));

/** A reference to another record's id (checked for existence by the cross-checks). */
export const ref = () => v.pipe(trimmed(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a record id'));

/** An optional reference: empty becomes undefined. */
export const optionalRef = () =>
	v.pipe(
		trimmed(),
		v.regex(/^([a-z0-9][a-z0-9-]*)?$/, 'must be a record id or empty'),
		v.transform((s) => (s === '' ? undefined : s))
	);

/** A calendar date YYYY-MM-DD (2024-05-32 and 2024-02-30 are not). */
export const date = () =>
	v.pipe(trimmed(), v.check(isCalendarDate, 'must be a calendar date YYYY-MM-DD'));

/** Optional ISO date. */
export const optionalDate = () =>
	v.pipe(
		trimmed(),
		v.check((s) => s === '' || isCalendarDate(s), 'must be a calendar date YYYY-MM-DD or empty'),
		v.transform((s) => (s === '' ? undefined : s))
	);

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A 24-hour time HH:MM (so 24:00 and 12:60 are not). */
export const time = () => v.pipe(trimmed(), v.regex(TIME, 'must be a time HH:MM'));

/** Optional 24-hour local time HH:MM. */
export const optionalTime = () =>
	v.pipe(
		trimmed(),
		v.check((s) => s === '' || TIME.test(s), 'must be a time HH:MM or empty'),
		v.transform((s) => (s === '' ? undefined : s))
	);

/**
 * Numbers are written as plain decimals: no sign on counts, no exponent, no leading zeros, no thousands
 * separators. A 20-digit toll is not a typo JavaScript can be trusted with (it rounds to 1e20), so every
 * number also has bounds, stated by its schema.
 */
const WHOLE = /^(0|[1-9]\d*)$/;
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

const isCount = (s: string, max: number) => WHOLE.test(s) && Number(s) <= max;
const isNumber = (s: string, min: number, max: number) =>
	DECIMAL.test(s) && Number(s) >= min && Number(s) <= max;

/** Required whole number from 0 to `max`. */
export const count = (max: number) =>
	v.pipe(
		trimmed(),
		v.check((s) => isCount(s, max), `must be a whole number from 0 to ${max}`),
		v.transform(Number)
	);

/** Optional whole number from 0 to `max`: empty means the source gives none. */
export const optionalCount = (max: number) =>
	v.pipe(
		trimmed(),
		v.check(
			(s) => s === '' || isCount(s, max),
			`must be a whole number from 0 to ${max}, or empty`
		),
		v.transform((s) => (s === '' ? undefined : Number(s)))
	);

/** Optional decimal number from `min` to `max`. */
export const optionalNumber = (min: number, max: number) =>
	v.pipe(
		trimmed(),
		v.check(
			(s) => s === '' || isNumber(s, min, max),
			`must be a number from ${min} to ${max}, or empty`
		),
		v.transform((s) => (s === '' ? undefined : Number(s)))
	);

/** A decimal degree inside [min, max]. */
export const degrees = (min: number, max: number) =>
	v.pipe(
		trimmed(),
		v.regex(DECIMAL, 'must be a decimal number'),
		v.transform(Number),
		v.minValue(min, `must be ≥ ${min}`),
		v.maxValue(max, `must be ≤ ${max}`)
	);

/** An optional decimal degree inside [min, max]. */
export const optionalDegrees = (min: number, max: number) =>
	v.pipe(
		trimmed(),
		v.check((s) => s === '' || DECIMAL.test(s), 'must be a decimal number or empty'),
		v.transform((s) => (s === '' ? undefined : Number(s))),
		v.check((n) => n === undefined || (n >= min && n <= max), `must lie between ${min} and ${max}`)
	);

/** A whole number from `min` to `max` in a GeoJSON property (a JSON number, never a string). */
export const wholeNumber = (min: number, max: number) =>
	v.pipe(
		v.number(),
		v.check(
			(n) => Number.isInteger(n) && n >= min && n <= max,
			`must be a whole number from ${min} to ${max}`
		)
	);

/** A finite number from `min` to `max` in a GeoJSON property. */
export const boundedNumber = (min: number, max: number) =>
	v.pipe(
		v.number(),
		v.check((n) => n >= min && n <= max, `must be a number from ${min} to ${max}`)
	);

/** One of a fixed vocabulary. */
export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
	v.pipe(trimmed(), v.picklist(options, `must be one of: ${options.join(', ')}`));

/** A link a reader can follow safely: https only. */
export const httpsUrl = () =>
	v.pipe(
		cleanText(TEXT_MAX.url, {}),
		v.startsWith('https://', 'must be an https:// URL'),
		v.url('must be a URL')
	);
