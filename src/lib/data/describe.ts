/**
 * Plain-language pieces the details panel, the events table and the sources page share, in the
 * reader's language: dates through `Intl` (see `intlLocale` for the numerals), words from the message
 * files.
 */
import { intlLocale, type Locale } from '../i18n';
import { m } from '../paraglide/messages';
import { getLocale } from '../paraglide/runtime';
import type { Precision } from './schemas/common';
import type { PopulationMetric } from './schemas/shelter-population';

const PRECISION_WORDS: Record<Precision, () => string> = {
	exact: m.precision_exact,
	street: m.precision_street,
	neighbourhood: m.precision_neighbourhood,
	city: m.precision_city
};

const METRIC_WORDS: Record<PopulationMetric, () => string> = {
	people_sheltering: m.metric_people_sheltering,
	displaced_from: m.metric_displaced_from,
	people_in_evac_zone: m.metric_people_in_evac_zone,
	people_remaining: m.metric_people_remaining
};

export function metricLabel(metric: PopulationMetric): string {
	return METRIC_WORDS[metric]();
}

const formats = new Map<string, { date: Intl.DateTimeFormat; number: Intl.NumberFormat }>();

/** The formats of a language (the reader's unless told), made once per language. */
function formatsNow(lang: string = getLocale()) {
	const locale = intlLocale(lang);
	let f = formats.get(locale);
	if (!f) {
		f = {
			date: new Intl.DateTimeFormat(locale, {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC'
			}),
			number: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
		};
		formats.set(locale, f);
	}
	return f;
}

/** "1,400,000" / "1,400,000" with the language's separators. */
export function formatNumber(n: number): string {
	return formatsNow().number.format(n);
}

/** "Located to the neighbourhood, within about 750 m". */
export function describePrecision(precision: Precision, uncertaintyM: number): string {
	const distance =
		uncertaintyM >= 1000
			? m.distance_km({ value: formatNumber(Math.round(uncertaintyM / 100) / 10) })
			: m.distance_m({ value: formatNumber(uncertaintyM) });
	return m.precision_located({ precision: PRECISION_WORDS[precision](), distance });
}

/** Midnight UTC of an ISO date, so formatting in UTC never shifts the day. */
function utcDay(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/** "26 May 2024" from "2024-05-26"; in the reader's language, or in `locale`. */
export function formatDate(iso: string, locale?: Locale): string {
	return formatsNow(locale).date.format(utcDay(iso));
}

/**
 * "5 – 7 May 2024", "26 May – 2 June 2024", "26 May 2024" for a single day, or "from 26 May 2024
 * (end not stated)": what both ends share is written once.
 */
export function formatInterval(from: string, to: string | undefined, locale?: Locale): string {
	if (!to) return m.interval_open({ date: formatDate(from, locale) }, { locale });
	// Node's ICU data put thin spaces round the dash, Chromium's plain ones; pages are prerendered in
	// Node and rendered again in the browser, so both must give the same text
	return formatsNow(locale).date.formatRange(utcDay(from), utcDay(to)).replace(/\s/g, ' ');
}

/** A stated period where either end may be missing: "to 26 May 2024 (start not stated)". */
export function formatPeriod(from: string | undefined, to: string | undefined): string {
	if (from) return formatInterval(from, to);
	return to ? m.interval_to({ date: formatDate(to) }) : m.interval_none();
}
