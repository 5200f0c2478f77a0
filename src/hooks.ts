import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /ar/events is the events page in Arabic: routes are matched without the language prefix.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
