import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { appData } from '$lib/server/app-data';
import { readStills, stillKey, stillName, stillPath } from '$lib/server/stills';
import { PRESET_IDS, PRESETS, isPresetId } from '$lib/view/presets';
import type { Lang } from '$lib/view/view-state';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per story, in each language (the Arabic pages are found through each page's alternate link).
export const entries: EntryGenerator = () => PRESET_IDS.map((preset) => ({ preset }));

export const load: PageServerLoad = ({ params }) => {
	if (!isPresetId(params.preset)) error(404, 'No such story');
	const { manifest } = appData();
	const lang = getLocale() as Lang;
	// The story's picture, when one was made from this view and data (`npm run stills`).
	const made = readStills()[stillName(params.preset, lang)];
	const current = made?.key === stillKey(PRESETS[params.preset], lang, manifest.version);
	const still =
		made && current
			? { src: stillPath(params.preset, lang), width: made.width, height: made.height }
			: null;
	return { preset: params.preset, manifest, still };
};
