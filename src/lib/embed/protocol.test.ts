import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, heightMessages } from './protocol';

describe('embed height protocol', () => {
	it('posts its height as a whole number of pixels, for the loader and for AMP', () => {
		expect(heightMessages('aid', 612.2)).toEqual([
			{ type: HEIGHT_MESSAGE, id: 'aid', height: 613 },
			{ sentinel: 'amp', type: 'embed-size', height: 613 }
		]);
	});
});
