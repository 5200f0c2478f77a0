import { error } from '@sveltejs/kit';
import { safeCsvFormat, type Cell } from '$lib/data/csv-safe';
import { DOWNLOADS } from '$lib/datasets/index';
import { readSituation } from '$lib/server/situation';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DOWNLOADS.map((d) => ({ file: d.file }));

export const GET: RequestHandler = ({ params }) => {
	const download = DOWNLOADS.find((d) => d.file === params.file);
	if (!download) error(404, 'No such data file');
	const value = download.build(readSituation());
	const body =
		download.format === 'csv'
			? safeCsvFormat(value as Record<string, Cell>[]) + '\n'
			: JSON.stringify(value) + '\n';
	const type = download.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/geo+json';
	return new Response(body, { headers: { 'content-type': type } });
};
