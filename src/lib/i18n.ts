/**
 * The two languages and how each is written: direction, and the `Intl` locale used for dates and
 * numbers. Arabic uses Western digits (`nu-latn`): the figures then read the same in both languages,
 * in the address, the downloads and the cited reports, most of which print them that way.
 */
export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export function textDirection(locale: string): 'rtl' | 'ltr' {
	return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The BCP 47 tag for `Intl` formatting in `locale`. */
export function intlLocale(locale: string): string {
	return locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
}

/** The message key of a vocabulary value: `term('target', 'tent camp')` reads `target_tent_camp`. */
export function termKey(vocabulary: string, value: string): string {
	return `${vocabulary}_${value}`.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}
