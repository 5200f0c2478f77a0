import { appData } from '$lib/server/app-data';
import type { PageServerLoad } from './$types';

// Only the addresses of the data files: the records themselves are fetched by URL and cached.
export const load: PageServerLoad = () => ({ manifest: appData().manifest });
