import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VERSIONS_FILE } from '$lib/data/versions';
import { readVersions } from '$lib/server/app-data';
import type { RequestHandler } from './$types';

// The data changelog, published as curated (the gate has checked it: no cell a spreadsheet would run).
export const prerender = true;

export const GET: RequestHandler = () => {
	readVersions();
	return new Response(readFileSync(resolve(process.cwd(), VERSIONS_FILE), 'utf8'), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
