import { resolve } from '$app/paths';
import { loadRecords } from '$lib/data/text-page-load';
import type { PageLoad } from './$types';

// A text page: rendered once at build with no script, so its records are not shipped twice.
export const csr = false;

export const load: PageLoad = async ({ fetch }) => ({
	records: await loadRecords(fetch, resolve('/data/manifest.json'))
});
