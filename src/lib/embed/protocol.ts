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

/** The loader keeps a frame between these heights, whatever a page posts. */
export const FRAME_HEIGHTS = { min: 120, max: 4000 } as const;

/** The height a message asks for, kept within bounds; null for any other message. */
export function askedHeight(data: unknown): number | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, height } = data as Partial<HeightMessage>;
	if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height))
		return null;
	return Math.round(Math.min(Math.max(height, FRAME_HEIGHTS.min), FRAME_HEIGHTS.max));
}
