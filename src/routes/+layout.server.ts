import { readSituation } from '$lib/server/situation';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ situation: readSituation() });
