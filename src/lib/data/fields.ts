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

/** Required non-negative whole number. */
export const count = () =>
	v.pipe(trimmed(), v.regex(/^\d+$/, 'must be a whole number'), v.transform(Number));

/** Optional non-negative whole number: empty means the source gives none. */
export const optionalCount = () =>
	v.pipe(
		trimmed(),
		v.regex(/^\d*$/, 'must be a whole number or empty'),
		v.transform((s) => (s === '' ? undefined : Number(s)))
	);

/** Optional decimal number. */
export const optionalNumber = () =>
	v.pipe(
		trimmed(),
		v.regex(/^(-?\d+(\.\d+)?)?$/, 'must be a number or empty'),
		v.transform((s) => (s === '' ? undefined : Number(s)))
	);

/** A decimal degree inside [min, max]. */
export const degrees = (min: number, max: number) =>
	v.pipe(
		trimmed(),
		v.regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number'),
		v.transform(Number),
		v.minValue(min, `must be ≥ ${min}`),
		v.maxValue(max, `must be ≤ ${max}`)
	);

/** An optional decimal degree inside [min, max]. */
export const optionalDegrees = (min: number, max: number) =>
	v.pipe(
		trimmed(),
		v.regex(/^(-?\d+(\.\d+)?)?$/, 'must be a decimal number or empty'),
		v.transform((s) => (s === '' ? undefined : Number(s))),
		v.check((n) => n === undefined || (n >= min && n <= max), `must lie between ${min} and ${max}`)
	);

/** One of a fixed vocabulary. */
export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
	v.pipe(trimmed(), v.picklist(options, `must be one of: ${options.join(', ')}`));

/** A link a reader can follow safely: https only. */
export const httpsUrl = () =>
	v.pipe(trimmed(), v.url('must be a URL'), v.startsWith('https://', 'must be an https:// URL'));
