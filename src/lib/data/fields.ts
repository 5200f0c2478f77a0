/**
 * Cell validators for curated CSV tables. Every cell arrives as a string; these pipes check it and turn
 * it into the typed value, so the inferred output type of a table schema is the record type the app uses.
 * Empty cells mean "not stated by the source" and become `undefined`, never 0.
 */
import * as v from 'valibot';
import { isCalendarDate } from './dates';

const trimmed = () => v.pipe(v.string(), v.trim());

/** Required text. */
export const text = () => v.pipe(trimmed(), v.minLength(1, 'is required'));

/** Optional text: empty becomes undefined. */
export const optionalText = () =>
	v.pipe(
		trimmed(),
		v.transform((s) => (s === '' ? undefined : s))
	);

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
	v.pipe(trimmed(), v.url('must be a URL'), v.startsWith('https://', 'must be an https:// URL'));
