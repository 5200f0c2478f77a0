/**
 * Plain-language pieces the details panel, the events table and the sources page share.
 */
import type { Precision } from './schemas/common';
import type { PopulationMetric } from './schemas/shelter-population';

const PRECISION_WORDS: Record<Precision, string> = {
	exact: 'exact site',
	street: 'street',
	neighbourhood: 'neighbourhood',
	city: 'town only'
};

/** "Located to the neighbourhood, within about 750 m". */
export function describePrecision(precision: Precision, uncertaintyM: number): string {
	const within =
		uncertaintyM >= 1000
			? `${(uncertaintyM / 1000).toFixed(1).replace(/\.0$/, '')} km`
			: `${uncertaintyM} m`;
	return `Located to the ${PRECISION_WORDS[precision]}, within about ${within}`;
}

export const METRIC_WORDS: Record<PopulationMetric, string> = {
	people_sheltering: 'People sheltering',
	displaced_from: 'Displaced from the area since 6 May',
	people_in_evac_zone: 'People living in the ordered area',
	people_remaining: 'People remaining'
};

const dateFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** Midnight UTC of an ISO date, so formatting in UTC never shifts the day. */
function utcDay(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

/** "26 May 2024" from "2024-05-26". */
export function formatDate(iso: string): string {
	return dateFormat.format(utcDay(iso));
}

/**
 * "5 – 7 May 2024", "26 May – 2 June 2024", "26 May 2024" for a single day, or "from 26 May 2024
 * (end not stated)": what both ends share is written once.
 */
export function formatInterval(from: string, to: string | undefined): string {
	if (!to) return `from ${formatDate(from)} (end not stated)`;
	// Node's ICU data put thin spaces round the dash, Chromium's plain ones; pages are prerendered in
	// Node and rendered again in the browser, so both must give the same text
	return dateFormat.formatRange(utcDay(from), utcDay(to)).replace(/\s/g, ' ');
}

/** A stated period where either end may be missing: "to 26 May 2024 (start not stated)". */
export function formatPeriod(from: string | undefined, to: string | undefined): string {
	if (from) return formatInterval(from, to);
	return to ? `to ${formatDate(to)} (start not stated)` : 'period not stated';
}
