/**
 * oEmbed (https://oembed.com): the JSON a CMS reads to turn an embed's address into the code that
 * embeds it. Each story's file is static, named by the discovery link in its embed page's head.
 */
import * as v from 'valibot';

/** The response of a `rich` oEmbed type, version 1.0, with its optional thumbnail. */
export const oembedSchema = v.strictObject({
	version: v.literal('1.0'),
	type: v.literal('rich'),
	title: v.pipe(v.string(), v.minLength(1)),
	provider_name: v.pipe(v.string(), v.minLength(1)),
	provider_url: v.pipe(v.string(), v.url()),
	html: v.pipe(v.string(), v.startsWith('<iframe')),
	width: v.pipe(v.number(), v.integer(), v.minValue(1)),
	height: v.pipe(v.number(), v.integer(), v.minValue(1)),
	cache_age: v.optional(v.pipe(v.number(), v.integer())),
	// The spec: all three thumbnail fields, or none.
	thumbnail_url: v.optional(v.pipe(v.string(), v.url())),
	thumbnail_width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	thumbnail_height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)))
});

export type OEmbed = v.InferOutput<typeof oembedSchema>;

export interface OEmbedInput {
	title: string;
	provider: { name: string; url: string };
	/** The code to paste: the frame and the loader. */
	html: string;
	width: number;
	height: number;
	thumbnail: { url: string; width: number; height: number } | null;
}

/** An embed's oEmbed response. Consumers may cache it for an hour, as the host caches the file. */
export function oembed({ title, provider, html, width, height, thumbnail }: OEmbedInput): OEmbed {
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: provider.name,
		provider_url: provider.url,
		html,
		width,
		height,
		cache_age: 3600,
		...(thumbnail && {
			thumbnail_url: thumbnail.url,
			thumbnail_width: thumbnail.width,
			thumbnail_height: thumbnail.height
		})
	};
}
