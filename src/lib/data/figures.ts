/**
 * Figures that sources state differently are kept per source and shown as a range with who said what,
 * never silently reduced to one number.
 */
import { intlLocale } from '../i18n';
import { m } from '../paraglide/messages';
import { getLocale } from '../paraglide/runtime';

export interface FigureRange {
	min: number;
	max: number;
	/** How many sources gave a number. */
	sources: number;
}

/** The range of the stated values, or null when no source gave one (unknown, not zero). */
export function rangeOf(values: readonly (number | undefined)[]): FigureRange | null {
	const stated = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
	if (stated.length === 0) return null;
	return { min: Math.min(...stated), max: Math.max(...stated), sources: stated.length };
}

const formats = new Map<string, Intl.NumberFormat>();

/** Numbers in the reader's language (Western digits in both, see `intlLocale`). */
function nf(): Intl.NumberFormat {
	const locale = intlLocale(getLocale());
	let f = formats.get(locale);
	if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale)));
	return f;
}

/** "45", "45–50", or "unknown" — the form used in labels, tables and the details panel. */
export function formatRange(range: FigureRange | null): string {
	if (!range) return m.unknown();
	// agreeing sources give one exact figure, which Intl's range format would mark as approximate ("~45")
	if (range.min === range.max) return nf().format(range.min);
	return nf().formatRange(range.min, range.max);
}

/** A figure with the source's own qualifier: "about 1,400,000", "100,000–150,000". */
export function formatFigure(f: {
	value?: number;
	value_min?: number;
	value_max?: number;
	qualifier?: string;
}): string {
	const body =
		f.value !== undefined ? nf().format(f.value) : formatRange(rangeOf([f.value_min, f.value_max]));
	return f.qualifier ? `${f.qualifier} ${body}` : body;
}
