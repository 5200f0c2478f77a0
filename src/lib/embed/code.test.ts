import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultView, type ViewState } from '$lib/view/view-state';
import {
	EMBED_WIDTH_IDS,
	embedCode,
	embedding,
	escapeAttribute,
	previewSize,
	type EmbedWidth
} from './code';
import { embedTitle, readEmbedQuery } from './query';
import { embedHeadline } from './words';

const DECODE: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };

/**
 * The start tags of a piece of HTML as a browser's tokenizer reads them, for the double-quoted and
 * bare attributes the code writes: a quote or a `>` that escaped its attribute would show here as a
 * tag or an attribute too many. Character references are decoded as the browser would.
 */
function startTags(html: string): { name: string; attributes: [string, string][] }[] {
	const tags: { name: string; attributes: [string, string][] }[] = [];
	const tag = /<([a-z]+)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*>/g;
	const attribute = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;
	for (const [, name, list] of html.matchAll(tag)) {
		const attributes = [...list!.matchAll(attribute)].map(
			([, key, value]) =>
				[key!, (value ?? '').replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => DECODE[e]!)] as [
					string,
					string
				]
		);
		tags.push({ name: name!, attributes });
	}
	return tags;
}

const PAGES = { en: 'https://maps.example.org/embed/', ar: 'https://maps.example.org/ar/embed/' };
const context = {
	pages: (lang: 'en' | 'ar') => PAGES[lang],
	loader: 'https://maps.example.org/embed.js',
	version: '2024-07-01-5e0c9a1b'
};
const view: ViewState = {
	camera: { center: [34.25, 31.29], zoom: 13.2, bearing: 0 },
	layers: ['strikes', 'evacuation-orders'],
	date: { to: '2024-05-28' },
	grades: ['single', 'several', 'confirmed'],
	selected: null,
	lang: 'en'
};

describe('escapeAttribute', () => {
	it('escapes what could end an attribute or start a tag', () => {
		expect(escapeAttribute(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
		expect(escapeAttribute('Rafah, 28 May')).toBe('Rafah, 28 May');
	});
});

describe('the embed code', () => {
	it('is a frame marked for the loader, then the loader', () => {
		const code = embedCode({
			src: 'https://maps.example.org/embed/?d=2024-05-28&l=strikes',
			loader: 'https://maps.example.org/embed.js',
			title: 'Rafah',
			label: 'Map of Rafah: strikes, as of 28 May 2024',
			width: 'column'
		});
		expect(code).toBe(
			[
				'<iframe',
				'\tdata-rafah-map',
				'\tsrc="https://maps.example.org/embed/?d=2024-05-28&amp;l=strikes"',
				'\ttitle="Rafah"',
				'\taria-label="Map of Rafah: strikes, as of 28 May 2024"',
				'\theight="620"',
				'\tstyle="width:100%;max-width:640px;border:0"',
				'\tloading="lazy"',
				'\tallow="fullscreen"',
				'></iframe>',
				'<script src="https://maps.example.org/embed.js" async></script>'
			].join('\n')
		);
	});

	it('is as wide as the column allows, up to the width chosen', () => {
		const style = (width: EmbedWidth) =>
			startTags(
				embedding(view, { width, lang: 'en', pinned: false, title: '' }, context).code
			)[0]!.attributes.find(([k]) => k === 'style')![1];
		expect(style('full')).toBe('width:100%;border:0');
		expect(style('phone')).toBe('width:100%;max-width:375px;border:0');
	});

	it('points at the embed of the view in the chosen language, pinned when asked', () => {
		const live = embedding(view, { width: 'full', lang: 'en', pinned: false, title: '' }, context);
		expect(live.src).toBe(
			'https://maps.example.org/embed/?d=2024-05-28&l=strikes,evacuation-orders&c=34.25,31.29,13.2'
		);
		expect(live.headline).toBe('Rafah, May–June 2024');
		expect(live.label).toBe('Map of Rafah: strikes and evacuation orders, as of 28 May 2024');

		const pinned = embedding(
			view,
			{ width: 'phone', lang: 'ar', pinned: true, title: ' My map ' },
			context
		);
		expect(pinned.src).toBe(
			'https://maps.example.org/ar/embed/?d=2024-05-28&l=strikes,evacuation-orders&c=34.25,31.29,13.2&title=My%20map&data=2024-07-01-5e0c9a1b'
		);
		expect(pinned.headline).toBe('My map');
		expect(pinned.label).toMatch(/^خريطة رفح: الغارات وأوامر الإخلاء، حتى /);
		expect(pinned.code).toContain('height="680"');
	});

	it('gives the default view a bare address', () => {
		const plain = embedding(
			defaultView(),
			{ width: 'full', lang: 'en', pinned: false, title: '' },
			context
		);
		expect(plain.src).toBe(PAGES.en);
	});

	it('keeps any title inside its attribute: one frame, the same attributes, the same text', () => {
		const hostile = fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 80 }),
			fc
				.array(
					fc.constantFrom('"', "'", '<', '>', '&', '&quot;', '</iframe>', '<script>', ' x=', '\n')
				)
				.map((parts) => parts.join(''))
		);
		fc.assert(
			fc.property(
				hostile,
				fc.constantFrom(...EMBED_WIDTH_IDS),
				fc.constantFrom('en' as const, 'ar' as const),
				fc.boolean(),
				(title, width, lang, pinned) => {
					const e = embedding(view, { width, lang, pinned, title }, context);
					const tags = startTags(e.code);
					expect(tags.map((t) => t.name)).toEqual(['iframe', 'script']);
					const attributes = Object.fromEntries(tags[0]!.attributes);
					expect(Object.keys(attributes)).toEqual([
						'data-rafah-map',
						'src',
						'title',
						'aria-label',
						'height',
						'style',
						'loading',
						'allow'
					]);
					expect(attributes.title).toBe(e.headline);
					expect(attributes['aria-label']).toBe(e.label);
					expect(attributes.src).toBe(e.src);
					// No quote or angle bracket is left raw inside the tag: seven quoted values, one `<`.
					const tag = e.code.slice(0, e.code.indexOf('\n></iframe>'));
					expect(tag.match(/"/g)).toHaveLength(14);
					expect(tag.lastIndexOf('<')).toBe(0);
					expect(tag).not.toContain('>');
					// The frame's address gives back the view and the title.
					const query = readEmbedQuery(new URL(attributes.src!).search);
					expect(query.view).toEqual(view);
					expect(query.title).toBe(embedTitle(title));
					expect(e.headline).toBe(query.title ?? embedHeadline(null, lang));
					// Nothing between the tags but the closing tag and a line break.
					expect(e.code.split('\n').at(-1)).toBe(`<script src="${context.loader}" async></script>`);
					expect(e.code).toMatch(/\n><\/iframe>\n<script [^\n]*<\/script>$/);
				}
			)
		);
	});
});

describe('previewSize', () => {
	it('shows the frame at its width, shrunk only when there is less room', () => {
		expect(previewSize('column', 800)).toEqual({ width: 640, scale: 1 });
		expect(previewSize('column', 320)).toEqual({ width: 640, scale: 0.5 });
		expect(previewSize('phone', 300)).toEqual({ width: 375, scale: 0.8 });
		expect(previewSize('full', 512)).toEqual({ width: 512, scale: 1 });
		// Before the room is measured, the frame is not shrunk to nothing.
		expect(previewSize('column', 0)).toEqual({ width: 640, scale: 1 });
	});
});
