import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExplorerView } from './explorer.svelte';
import { Playback } from './playback.svelte';
import { defaultView } from './view-state';

describe('Playback', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('starts the period again from its end and advances a day at each tick', () => {
		const view = new ExplorerView();
		const playback = new Playback(view);
		playback.play();
		expect(view.date.to).toBe('2024-05-01');
		vi.advanceTimersByTime(700 * 3);
		expect(view.date.to).toBe('2024-05-04');
		playback.pause();
		vi.advanceTimersByTime(700 * 3);
		expect(view.date.to).toBe('2024-05-04');
	});

	it('steps a week, keeps the window, and stops at the end of the period', () => {
		const view = new ExplorerView({
			...defaultView(),
			date: { from: '2024-06-14', to: '2024-06-20' }
		});
		const playback = new Playback(view);
		playback.stepDays = 7;
		playback.play();
		vi.advanceTimersByTime(700);
		expect(view.date).toEqual({ from: '2024-06-21', to: '2024-06-27' });
		vi.advanceTimersByTime(700 * 5);
		expect(view.date.to).toBe('2024-06-30');
		expect(playback.playing).toBe(false);
	});
});
