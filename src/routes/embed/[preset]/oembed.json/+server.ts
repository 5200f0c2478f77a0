import { error, json } from '@sveltejs/kit';
import { asset } from '$app/paths';
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

const WIDTH = 640;
const HEIGHT = 620;

const escape = (s: string) => s.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: RequestHandler = ({ params, url }) => {
	if (!isPresetId(params.preset)) error(404, 'No such story');
	const lang = getLocale() as Lang;
	const preset = PRESETS[params.preset];
	const still = readStills()[stillName(preset.id, lang)];
	const at = (path: string) => new URL(path, url).href;
	const src = at(pageHref(`/embed/${preset.id}/`));
	const html =
		`<iframe data-rafah-map src="${escape(src)}" title="${escape(preset.headline())}" ` +
		`aria-label="${escape(preset.dek())}" height="${HEIGHT}" style="width:100%;border:0" ` +
		`loading="lazy" allow="fullscreen"></iframe>` +
		`<script src="${escape(at(asset('/embed.js')))}" async></script>`;
	return json(
		oembed({
			title: preset.headline(),
			provider: { name: m.site_name(), url: at(pageHref('/')) },
			html,
			width: WIDTH,
			height: HEIGHT,
			thumbnail: still ? { url: at(asset(stillPath(preset.id, lang))), ...still } : null
		})
	);
};
