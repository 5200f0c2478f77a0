/**
 * Playback of the period: the as-of day advances by a day or a week at a chosen pace until the end,
 * like the daily maps that show an offensive unfold. Not part of the address: a shared link opens
 * paused, on its day.
 */
import { addDays, EVENT_PERIOD } from '$lib/data/dates';
import type { ExplorerView } from './explorer.svelte';

export const STEPS = [1, 7] as const;
export const SPEEDS = { slow: 1400, normal: 700, fast: 300 } as const;
export type Speed = keyof typeof SPEEDS;

export class Playback {
	playing = $state(false);
	stepDays = $state<(typeof STEPS)[number]>(1);
	speed = $state<Speed>('normal');
	#timer: ReturnType<typeof setInterval> | undefined;
	#view: ExplorerView;

	constructor(view: ExplorerView) {
		this.#view = view;
	}

	/** One step forward; false (and paused) at the end of the period. */
	step(): boolean {
		const to = this.#view.date.to;
		const next = addDays(to, this.stepDays);
		if (next === to) {
			this.pause();
			return false;
		}
		this.#view.setAsOf(next);
		return true;
	}

	play() {
		// From the end, playing starts the period again.
		if (this.#view.date.to === EVENT_PERIOD.to) this.#view.setAsOf(EVENT_PERIOD.from);
		this.playing = true;
		this.#restart();
	}

	pause() {
		this.playing = false;
		clearInterval(this.#timer);
		this.#timer = undefined;
	}

	toggle() {
		if (this.playing) this.pause();
		else this.play();
	}

	setSpeed(speed: Speed) {
		this.speed = speed;
		if (this.playing) this.#restart();
	}

	#restart() {
		clearInterval(this.#timer);
		this.#timer = setInterval(() => this.step(), SPEEDS[this.speed]);
	}
}
