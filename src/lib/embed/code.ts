/**
 * The code an article pastes to embed a view: the frame, marked for the loader (static/embed.js) that
 * gives it its content's height, and the loader itself. Every value is escaped for a double-quoted
 * attribute, so a title or a description can hold any text and still cannot end the attribute or the
 * tag. Pure: the caller gives the addresses.
 */
import type { Locale } from '$lib/i18n';
import type { ViewState } from '$lib/view/view-state';
import { embedSearch, embedTitle } from './query';
import { embedDescription, embedHeadline } from './words';

/** The widths an article can give the frame: its column, the whole width, or a phone's. */
export const EMBED_WIDTHS = {
	column: 640,
	full: null,
	phone: 375
} as const satisfies Record<string, number | null>;
export type EmbedWidth = keyof typeof EMBED_WIDTHS;
export const EMBED_WIDTH_IDS = Object.keys(EMBED_WIDTHS) as EmbedWidth[];

/**
 * The frame's height before the loader sets it, or without the loader: enough for the headline, dek
 * and date and the whole map below them (EmbedFrame), also when a phone's width wraps the words onto
 * more lines. The legend and credits under the map show once the loader gives the frame its height.
 */
export const EMBED_HEIGHT: Record<EmbedWidth, number> = { column: 620, full: 620, phone: 680 };

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	"'": '&#39;',
	'<': '&lt;',
	'>': '&gt;'
};

/** Text for a double-quoted HTML attribute (and safe in a single-quoted one, or between tags). */
export function escapeAttribute(text: string): string {
	return text.replace(/[&"'<>]/g, (c) => ENTITIES[c]!);
}

export interface EmbedCodeInput {
	/** The embed's absolute address, query included. */
	src: string;
	/** The absolute address of the loader, `…/embed.js`. */
	loader: string;
	/** The frame's title: the embed's headline. */
	title: string;
	/** What the map shows, in words: the frame's label for screen readers. */
	label: string;
	width: EmbedWidth;
}

/** The frame's inline style: as wide as the column allows, and no wider than the chosen width. */
export function frameStyle(width: EmbedWidth): string {
	const max = EMBED_WIDTHS[width];
	return max === null ? 'width:100%;border:0' : `width:100%;max-width:${max}px;border:0`;
}

/**
 * The preview of a frame in `available` pixels: as wide as the article would make it, and shrunk to
 * fit when that is wider than the room there is (never enlarged).
 */
export function previewSize(
	width: EmbedWidth,
	available: number
): { width: number; scale: number } {
	const room = Math.max(0, available);
	const frame = EMBED_WIDTHS[width] ?? room;
	return { width: frame, scale: room > 0 && frame > room ? room / frame : 1 };
}

/** The frame and the loader, ready to paste. */
export function embedCode({ src, loader, title, label, width }: EmbedCodeInput): string {
	const attributes: [string, string | null][] = [
		['data-rafah-map', null],
		['src', src],
		['title', title],
		['aria-label', label],
		['height', String(EMBED_HEIGHT[width])],
		['style', frameStyle(width)],
		['loading', 'lazy'],
		['allow', 'fullscreen']
	];
	const written = attributes
		.map(([name, value]) => (value === null ? name : `${name}="${escapeAttribute(value)}"`))
		.map((a) => `\t${a}`)
		.join('\n');
	return `<iframe\n${written}\n></iframe>\n<script src="${escapeAttribute(loader)}" async></script>`;
}

/** What a reader chooses in the explorer's "Embed this view". */
export interface EmbedChoices {
	width: EmbedWidth;
	lang: Locale;
	/** Pinned to the data version of the page, or following the latest data. */
	pinned: boolean;
	/** A headline of the article's own; empty for the general one. */
	title: string;
}

export interface Embedding {
	/** The embed's address, for the code and for the preview. */
	src: string;
	headline: string;
	label: string;
	code: string;
}

/**
 * The embed of `view` as chosen. `pages` gives the absolute address of the embed page in a language
 * (`https://…/ar/embed/`); `version` is the data version a pinned embed keeps.
 */
export function embedding(
	view: ViewState,
	choices: EmbedChoices,
	{ pages, loader, version }: { pages: (lang: Locale) => string; loader: string; version: string }
): Embedding {
	const title = embedTitle(choices.title);
	const search = embedSearch(view, { title, data: choices.pinned ? version : null });
	const src = pages(choices.lang) + search;
	const headline = embedHeadline(title, choices.lang);
	const label = embedDescription(view, choices.lang);
	return {
		src,
		headline,
		label,
		code: embedCode({ src, loader, title: headline, label, width: choices.width })
	};
}
