import { appData } from '$lib/server/app-data';
import type { PageServerLoad } from './$types';

// The embed of any view: one page per language; the view, title and pinned version are in its query.
export const load: PageServerLoad = () => ({ manifest: appData().manifest });
