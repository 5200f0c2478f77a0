import { error } from '@sveltejs/kit';
import { appData } from '$lib/server/app-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => appData().files.map((f) => ({ file: f.name }));

export const GET: RequestHandler = ({ params }) => {
	const f = appData().files.find((x) => x.name === params.file);
	if (!f) error(404, 'No such data file');
	return new Response(f.body, { headers: { 'content-type': f.type } });
};
