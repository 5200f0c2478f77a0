import { error } from '@sveltejs/kit';
import { datasetFile, DOWNLOADS } from '$lib/data/downloads';
import { readSituation } from '$lib/server/situation';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DOWNLOADS.map((d) => ({ file: d.file }));

export const GET: RequestHandler = ({ params }) => {
	const download = DOWNLOADS.find((d) => d.file === params.file);
	if (!download) error(404, 'No such data file');
	return new Response(datasetFile(readSituation(), download), {
		headers: { 'content-type': download.type }
	});
};
