import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewArbitrary as anyView } from '$lib/view/test-views';
import { defaultView, parseView, type ViewState } from '$lib/view/view-state';
import { MAX_TITLE_LENGTH, dataVersion, embedSearch, embedTitle, readEmbedQuery } from './query';

// The embed's address leaves the language to the page's path.
const viewArbitrary = anyView.map((view): ViewState => ({ ...view, lang: 'en' }));

describe("an embed's address", () => {
	it('restores the view, the title and the pinned version it was written with', () => {
		fc.assert(
			fc.property(
				viewArbitrary,
				fc.option(fc.string({ unit: 'grapheme', maxLength: 250 }), { nil: null }),
				fc.option(fc.stringMatching(/^2026-(0[1-9]|1[0-2])-[0-2][0-9]-[0-9a-f]{8}$/), {
					nil: null
				}),
				(view, title, data) => {
					const search = embedSearch(view, { title, data });
					expect(readEmbedQuery(search)).toEqual({ view, title: embedTitle(title), data });
				}
			)
		);
	});

	it('is read by the explorer as the same view: the title and data keys are ignored', () => {
		const view: ViewState = { ...defaultView(), layers: ['strikes'], date: { to: '2024-05-28' } };
		const search = embedSearch(view, { title: 'Strikes & orders', data: '2024-06-30-abc12345' });
		expect(search).toBe(
			'?d=2024-05-28&l=strikes&title=Strikes%20%26%20orders&data=2024-06-30-abc12345'
		);
		expect(parseView(search)).toEqual(view);
	});

	it('is empty for the default view without a title or a pin', () => {
		expect(embedSearch(defaultView())).toBe('');
		expect(embedSearch(defaultView(), { data: '2024-06-30-00000001' })).toBe(
			'?data=2024-06-30-00000001'
		);
	});

	it('falls back to the default view and keeps a hostile title as text', () => {
		const search = '?d=2024-99-99&l=<script>&title=<img src=x onerror=alert(1)>&data=../../x';
		expect(readEmbedQuery(search)).toEqual({
			view: defaultView(),
			title: '<img src=x onerror=alert(1)>',
			data: null
		});
	});

	it('never throws, whatever the address', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (search) => {
				const { title, data } = readEmbedQuery(search);
				expect(title === null || Array.from(title).length <= MAX_TITLE_LENGTH).toBe(true);
				expect(data === null || /^[0-9a-z-]+$/.test(data)).toBe(true);
			})
		);
	});
});

describe('embedTitle', () => {
	it('makes one line of plain text, trimmed, or nothing', () => {
		expect(embedTitle('  Strikes\n\tin\u0000 Rafah  ')).toBe('Strikes in Rafah');
		expect(embedTitle(' \n ')).toBeNull();
		expect(embedTitle('')).toBeNull();
		expect(embedTitle(null)).toBeNull();
	});

	it('keeps at most 200 characters, without splitting one', () => {
		expect(embedTitle('a'.repeat(300))).toBe('a'.repeat(200));
		const emoji = embedTitle('🗺'.repeat(250))!;
		expect(Array.from(emoji)).toHaveLength(200);
		expect(emoji.isWellFormed()).toBe(true);
	});

	it('replaces half a surrogate pair, which no address can carry', () => {
		expect(embedTitle('map \uD83D')).toBe('map \uFFFD');
		expect(() => encodeURIComponent(embedTitle('\uDC00x')!)).not.toThrow();
	});
});

describe('dataVersion', () => {
	it('takes only a version name', () => {
		expect(dataVersion('2024-06-30-3f2a9b0c')).toBe('2024-06-30-3f2a9b0c');
		for (const bad of ['', 'A', '../x', 'a b', '2024-06-30-3f2a', '2024-06-30-3F2A9B0C', null])
			expect(dataVersion(bad)).toBeNull();
	});
});
