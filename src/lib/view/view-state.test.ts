import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { viewArbitrary } from './test-views';
import {
	defaultView,
	parseView,
	serialiseView,
	viewStateSchema,
	type ViewState
} from './view-state';

describe('the view in the address', () => {
	it('restores exactly the view it serialised', () => {
		fc.assert(
			fc.property(viewArbitrary, (view) => {
				expect(parseView(serialiseView(view))).toEqual(view);
			})
		);
	});

	it('turns any address into a valid view without throwing', () => {
		const keys = fc.constantFrom('c', 'l', 'd', 's', 'lang', '__proto__', 'constructor', 'x');
		const query = fc
			.array(fc.tuple(keys, fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 8 })
			.map((pairs) => pairs.map(([k, x]) => `${k}=${encodeURIComponent(x)}`).join('&'));
		fc.assert(
			fc.property(fc.oneof(query, fc.string({ unit: 'binary' })), (search) => {
				expect(v.is(viewStateSchema, parseView(search))).toBe(true);
			})
		);
	});

	it('writes a readable address and leaves defaults out', () => {
		expect(serialiseView(defaultView())).toBe('');
		const view: ViewState = {
			camera: { center: [34.25, 31.29], zoom: 13.2, bearing: 0 },
			layers: ['strikes', 'evacuation-orders'],
			date: { to: '2024-05-26' },
			grades: ['confirmed', 'several'],
			selected: 'strike-0042',
			lang: 'ar'
		};
		expect(serialiseView(view)).toBe(
			'?d=2024-05-26&l=strikes,evacuation-orders&g=several,confirmed&s=strike-0042&c=34.25,31.29,13.2&lang=ar'
		);
		expect(serialiseView({ ...view, date: { from: '2024-05-20', to: '2024-05-26' } })).toContain(
			'd=2024-05-20..2024-05-26'
		);
	});

	it('keeps the good keys of an address and drops only the bad ones', () => {
		const view = parseView('?d=2024-05-32&l=strikes,nope&s=strike-0042&c=NaN,31.2,12&lang=fr');
		expect(view).toEqual({ ...defaultView(), layers: ['strikes'], selected: 'strike-0042' });
	});

	it('reads an empty layer list as every layer off', () => {
		expect(parseView('?l=').layers).toEqual([]);
		expect(parseView('?l=unknown').layers).toEqual(defaultView().layers);
	});

	it('reads evidence grades in their order, an empty list as none, and unknown ones as every grade', () => {
		expect(parseView('?g=confirmed,single,confirmed').grades).toEqual(['single', 'confirmed']);
		expect(parseView('?g=').grades).toEqual([]);
		expect(parseView('?g=rumour').grades).toEqual(defaultView().grades);
		expect(parseView('?g=several,rumour').grades).toEqual(['several']);
		expect(serialiseView({ ...defaultView(), grades: [] })).toBe('?g=');
	});

	const hostile: [string, string][] = [
		['a script tag as the selection', '?s=<script>alert(1)</script>'],
		['an encoded script tag', '?s=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
		['NaN in the camera', '?c=NaN,NaN,NaN'],
		['Infinity in the camera', '?c=Infinity,31.3,12'],
		['exponent notation', '?c=3.4e1,31.3,12'],
		['a camera outside the map', '?c=0,0,12'],
		['a zoom out of range', '?c=34.25,31.29,99'],
		['a 20,000-character value', `?s=strike-${'0'.repeat(20_000)}`],
		['a 20,000-character layer list', `?l=${'strikes,'.repeat(2_500)}`],
		['an unknown date', '?d=2025-01-01'],
		['a window the wrong way round', '?d=2024-06-10..2024-05-01'],
		['repeated keys', '?d=2024-05-26&d=2024-05-01&l=strikes&l=hospitals'],
		['__proto__ keys', '?__proto__=x&constructor=y&__proto__[polluted]=1'],
		['a broken percent escape', '?s=%E0%A4%A&d=%'],
		['a javascript: URL as the selection', '?s=javascript:alert(1)'],
		['markup as a grade', '?g=<img src=x onerror=alert(1)>']
	];
	for (const [name, search] of hostile) {
		it(`falls back to a valid view on ${name}`, () => {
			const view = parseView(search);
			expect(v.is(viewStateSchema, view)).toBe(true);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});
	}

	it('takes the first of repeated keys', () => {
		expect(parseView('?d=2024-05-26&d=2024-05-01').date).toEqual({ to: '2024-05-26' });
	});

	it('reads a URL object as it reads a search string', () => {
		const url = new URL('https://example.org/?d=2024-05-07&lang=ar');
		expect(parseView(url)).toEqual(parseView('?d=2024-05-07&lang=ar'));
	});
});
