import { error } from '@sveltejs/kit';
import { appData } from '$lib/server/app-data';
import type { EntryGenerator, RequestHandler } from './$types';

// This build's data version. The folders of earlier versions are not rebuilt: a host keeps them from
// the deploys that made them (README, "Data versions").
export const prerender = true;

export const entries: EntryGenerator = () => {
	const { files, manifest } = appData();
	return files.map((f) => ({ version: manifest.version, file: f.name }));
};

export const GET: RequestHandler = ({ params }) => {
	const { files, manifest } = appData();
	const f = params.version === manifest.version && files.find((x) => x.name === params.file);
	if (!f) error(404, 'No such data file');
	return new Response(f.body, { headers: { 'content-type': f.type } });
};
