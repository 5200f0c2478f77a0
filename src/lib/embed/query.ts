/**
 * The address of an embed of any view, `/embed/?<view>&title=…&data=…`: the view's own keys (as the
 * explorer reads them: view-state.ts), and two of the embed's own, both optional.
 *
 *   title=…        the headline, as plain text (at most 200 characters; shown as text, never markup)
 *   data=<version> the data version the embed is pinned to (`2026-12-03-dbb3dc76`); without it, the latest
 *
 * The view's parse ignores both, so an embed's address opens the explorer on the same view. Pure.
 */
import { VERSION_NAME } from '$lib/data/version-name';
import { parseView, serialiseView, type ViewState } from '$lib/view/view-state';

export const MAX_TITLE_LENGTH = 200;

/** An unpaired UTF-16 surrogate: not text, and encodeURIComponent refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A title as the embed shows it: control characters and runs of white space become one space, the
 * ends are trimmed and at most 200 characters (code points) are kept. Null when nothing is left.
 */
export function embedTitle(raw: string | null | undefined): string | null {
	if (!raw) return null;
	const text = raw
		.replace(LONE_SURROGATE, '\uFFFD')
		.replace(/[\p{Cc}\s]+/gu, ' ')
		// Bidirectional embeddings, overrides and isolates would reorder the words around them.
		.replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
		.trim();
	const kept = Array.from(text).slice(0, MAX_TITLE_LENGTH).join('').trim();
	return kept === '' ? null : kept;
}

/** A data version the address may pin to, or null. */
export function dataVersion(raw: string | null | undefined): string | null {
	return raw && VERSION_NAME.test(raw) ? raw : null;
}

export interface EmbedQuery {
	view: ViewState;
	title: string | null;
	/** The pinned data version; null for the latest data. */
	data: string | null;
}

/** What an embed's address asks for; anything broken falls back, as the view's parse does. */
export function readEmbedQuery(search: string): EmbedQuery {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		params = new URLSearchParams();
	}
	return {
		view: parseView(params),
		title: embedTitle(params.get('title')),
		data: dataVersion(params.get('data'))
	};
}

/** The search string of an embed of `view` (`?d=…&l=…&title=…&data=…`, or '' for the default). */
export function embedSearch(
	view: ViewState,
	{ title = null, data = null }: { title?: string | null; data?: string | null } = {}
): string {
	const pairs = serialiseView(view, { lang: false }).replace(/^\?/, '').split('&');
	const shown = embedTitle(title);
	if (shown) pairs.push(`title=${encodeURIComponent(shown)}`);
	const version = dataVersion(data);
	if (version) pairs.push(`data=${version}`);
	const query = pairs.filter((p) => p !== '').join('&');
	return query ? `?${query}` : '';
}
