import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, askedHeight, heightMessages } from './protocol';

describe('embed height protocol', () => {
	it('posts its height as a whole number of pixels, for the loader and for AMP', () => {
		expect(heightMessages('aid', 612.2)).toEqual([
			{ type: HEIGHT_MESSAGE, id: 'aid', height: 613 },
			{ sentinel: 'amp', type: 'embed-size', height: 613 }
		]);
	});

	it('reads the height a message asks for, as the loader does, within bounds', () => {
		expect(askedHeight({ type: HEIGHT_MESSAGE, id: 'view', height: 612.4 })).toBe(612);
		expect(askedHeight({ type: HEIGHT_MESSAGE, height: 10 })).toBe(120);
		expect(askedHeight({ type: HEIGHT_MESSAGE, height: 1e9 })).toBe(4000);
		for (const other of [
			null,
			'x',
			{ type: 'other', height: 600 },
			{ type: HEIGHT_MESSAGE, height: NaN }
		])
			expect(askedHeight(other)).toBeNull();
	});
});
