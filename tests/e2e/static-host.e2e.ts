import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const BUILD = join(import.meta.dirname, '../../build');

/** Every folder of the build, relative to it, with the names of its entries. */
function folders(dir = '', into: { dir: string; names: string[] }[] = []) {
	const entries = readdirSync(join(BUILD, dir), { withFileTypes: true });
	into.push({ dir, names: entries.map((e) => e.name) });
	for (const e of entries) if (e.isDirectory()) folders(join(dir, e.name), into);
	return into;
}

// A host that maps `/x` to a folder `x/` redirects to `/x/` and never looks for `x.html`; a page file
// beside a folder of its name is then unreachable (or reached only on some hosts).
test('no page file in the build sits beside a folder of the same name', () => {
	const clashes = folders().flatMap(({ dir, names }) =>
		names
			.filter((n) => n.endsWith('.html') && names.includes(n.slice(0, -'.html'.length)))
			.map((n) => join(dir, n))
	);
	expect(clashes).toEqual([]);
});
