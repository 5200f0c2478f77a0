import { describe, expect, it } from 'vitest';
import { REVEAL_MARGIN, revealPadding } from './views';

describe('revealPadding', () => {
	it('is the plain margin when nothing covers the map', () => {
		expect(revealPadding(800, 0)).toEqual({
			top: REVEAL_MARGIN,
			bottom: REVEAL_MARGIN,
			left: REVEAL_MARGIN,
			right: REVEAL_MARGIN
		});
	});

	it('adds what the sheet covers to the bottom', () => {
		expect(revealPadding(640, 320).bottom).toBe(REVEAL_MARGIN + 320);
		expect(revealPadding(640, 320).top).toBe(REVEAL_MARGIN);
	});

	it('leaves room to fit the feature when the sheet covers nearly all of the map', () => {
		const p = revealPadding(640, 576);
		expect(p.bottom).toBe(640 - 2 * REVEAL_MARGIN);
		expect(640 - p.top - p.bottom).toBe(REVEAL_MARGIN);
	});

	it('never goes negative on a tiny map or a negative cover', () => {
		expect(revealPadding(100, 300).bottom).toBe(REVEAL_MARGIN);
		expect(revealPadding(800, -50).bottom).toBe(REVEAL_MARGIN);
	});
});
