/**
 * A place's name in the reader's language: the Arabic name on Arabic pages where the data has one,
 * the English name otherwise.
 */
import { getLocale } from '$lib/paraglide/runtime';

export function placeNameOf(p: { name_en: string; name_ar?: string }): string {
	return getLocale() === 'ar' && p.name_ar ? p.name_ar : p.name_en;
}
