import { json } from '@sveltejs/kit';
import { appData } from '$lib/server/app-data';
import type { RequestHandler } from './$types';

// Where the data files are, for the text pages' loads at build. The explorer gets the same manifest in
// its page data, so no reader's browser needs this unversioned file. It sits outside /data/app/, so
// everything in that folder has a hashed name and a host can cache the whole folder forever.
export const prerender = true;

export const GET: RequestHandler = () => json(appData().manifest);
