/**
 * Links to the site's own pages, in the reader's language or another. `localizeHref` adds the
 * language to a path from the root, and `resolve` then writes it as SvelteKit writes every link:
 * relative in the prerendered pages, so they work wherever the site is served. (Given a relative
 * path, `localizeHref` would return an absolute address on the build's own host.)
 */
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import { localizeHref, type Locale } from '$lib/paraglide/runtime';

export function pageHref(path: Pathname, locale?: Locale): string {
	return resolve(localizeHref(path, locale ? { locale } : undefined) as Pathname);
}
