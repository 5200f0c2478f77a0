import { error } from '@sveltejs/kit';
import { appData } from '$lib/server/app-data';
import { PRESET_IDS, isPresetId } from '$lib/view/presets';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per story, in each language (the Arabic pages are found through each page's alternate link).
export const entries: EntryGenerator = () => PRESET_IDS.map((preset) => ({ preset }));

export const load: PageServerLoad = ({ params }) => {
	if (!isPresetId(params.preset)) error(404, 'No such story');
	return { preset: params.preset, manifest: appData().manifest };
};
