/**
 * Every prerendered page's address, found from the route files rather than a hand list, so a new page
 * is visited by the smoke tests without anyone remembering to add it. Addresses end in a slash, as the
 * site's pages do (`trailingSlash: 'always'`). Routes with parameters list their pages in `entries`
 * and are not discovered here.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROUTES = join(import.meta.dirname, '../../../src/routes');

function pageDirs(dir: string): string[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const here = entries.some((e) => e.isFile() && e.name === '+page.svelte') ? [dir] : [];
	return [
		...here,
		...entries.filter((e) => e.isDirectory()).flatMap((e) => pageDirs(join(dir, e.name)))
	];
}

export const PAGES: readonly string[] = pageDirs(ROUTES)
	.map((dir) =>
		relative(ROUTES, dir)
			.split(sep)
			// Layout groups such as `(app)` are not part of the address.
			.filter((s) => s !== '' && !/^\(.*\)$/.test(s))
	)
	.filter((segments) => !segments.some((s) => s.includes('[')))
	.map((segments) => (segments.length ? `/${segments.join('/')}/` : '/'))
	.sort();
