/**
 * Every prerendered page's address, found from the route files rather than a hand list, so a new page
 * is visited by the smoke tests without anyone remembering to add it: each route once per language
 * (the base language at the root, the others under `/<locale>/`). Addresses end in a slash, as the
 * site's pages do (`trailingSlash: 'always'`). Routes with parameters list their pages in `entries`;
 * their pages are added here from the same lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PRESET_IDS } from '../../../src/lib/view/preset-ids';

const ROUTES = join(import.meta.dirname, '../../../src/routes');
const INLANG = join(import.meta.dirname, '../../../project.inlang/settings.json');
const { baseLocale, locales } = JSON.parse(readFileSync(INLANG, 'utf8')) as {
	baseLocale: string;
	locales: string[];
};

function pageDirs(dir: string): string[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const here = entries.some((e) => e.isFile() && e.name === '+page.svelte') ? [dir] : [];
	return [
		...here,
		...entries.filter((e) => e.isDirectory()).flatMap((e) => pageDirs(join(dir, e.name)))
	];
}

const ROUTE_PAGES = pageDirs(ROUTES)
	.map((dir) =>
		relative(ROUTES, dir)
			.split(sep)
			// Layout groups such as `(app)` are not part of the address.
			.filter((s) => s !== '' && !/^\(.*\)$/.test(s))
	)
	.filter((segments) => !segments.some((s) => s.includes('[')))
	.map((segments) => (segments.length ? `/${segments.join('/')}/` : '/'))
	// The one route with parameters so far: a page per embeddable story.
	.concat(PRESET_IDS.map((id) => `/embed/${id}/`));

export const PAGES: readonly string[] = locales
	.flatMap((l) => ROUTE_PAGES.map((p) => (l === baseLocale ? p : `/${l}${p}`)))
	.sort();

/** The page's address without its language: `/ar/events/` is the events page, as `/events/` is. */
export function inBaseLocale(path: string): string {
	const [, first] = path.split('/');
	return first && first !== baseLocale && locales.includes(first)
		? path.slice(first.length + 1)
		: path;
}

/** Embeds are the pages any site may frame. */
export function isEmbed(path: string): boolean {
	return inBaseLocale(path).startsWith('/embed/');
}
