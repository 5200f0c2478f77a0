/**
 * How an embed tells the page around it its height. The embed posts, to its parent, whenever its
 * content's height changes:
 *
 *   { type: 'rafah-map:height', id: '<story id, or "view">', height: <CSS pixels, an integer> }
 *
 * The loader (`/embed.js`, included once by the article) takes a message only from the window of one
 * of its iframes and only from that iframe's origin, and sets that iframe's height (kept between
 * 120 and 4,000 pixels, so a broken page cannot make a frame vanish or grow without end). For AMP's
 * `amp-iframe`, the embed also posts `{ sentinel: 'amp', type: 'embed-size', height }`.
 */
export const HEIGHT_MESSAGE = 'rafah-map:height';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	id: string;
	height: number;
}

export function heightMessages(id: string, height: number) {
	const h = Math.ceil(height);
	return [
		{ type: HEIGHT_MESSAGE, id, height: h } satisfies HeightMessage,
		{ sentinel: 'amp', type: 'embed-size', height: h }
	];
}
