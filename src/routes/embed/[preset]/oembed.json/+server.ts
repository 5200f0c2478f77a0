import { error, json } from '@sveltejs/kit';
import { asset } from '$app/paths';
import { EMBED_HEIGHT, EMBED_WIDTHS, embedCode } from '$lib/embed/code';
import { oembed } from '$lib/embed/oembed';
import { pageHref } from '$lib/page-href';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { readStills, stillName, stillPath } from '$lib/server/stills';
import { PRESET_IDS, PRESETS, isPresetId } from '$lib/view/presets';
import type { Lang } from '$lib/view/view-state';
import type { EntryGenerator, RequestHandler } from './$types';

// A static oEmbed file per story and language, named by each embed page's discovery link, so a CMS
// that speaks oEmbed can take the embed's address alone.
export const prerender = true;

export const entries: EntryGenerator = () => PRESET_IDS.map((preset) => ({ preset }));

export const GET: RequestHandler = ({ params, url }) => {
	if (!isPresetId(params.preset)) error(404, 'No such story');
	const lang = getLocale() as Lang;
	const preset = PRESETS[params.preset];
	const still = readStills()[stillName(preset.id, lang)];
	const at = (path: string) => new URL(path, url).href;
	const src = at(pageHref(`/embed/${preset.id}/`));
	// The article column's frame: a CMS scales it to its own column.
	const html = embedCode({
		src,
		loader: at(asset('/embed.js')),
		title: preset.headline(),
		label: preset.dek(),
		width: 'column'
	});
	return json(
		oembed({
			title: preset.headline(),
			provider: { name: m.site_name(), url: at(pageHref('/')) },
			html,
			width: EMBED_WIDTHS.column,
			height: EMBED_HEIGHT.column,
			thumbnail: still ? { url: at(asset(stillPath(preset.id, lang))), ...still } : null
		})
	);
};
