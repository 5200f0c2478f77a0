import { describe, expect, it } from 'vitest';
import {
	dragHeight,
	isTap,
	nearestState,
	nextState,
	PROJECTION_MS,
	releaseVelocity,
	sheetHeights,
	snapAfterDrag,
	stepState,
	TAP_DISTANCE,
	VELOCITY_WINDOW_MS,
	type SheetHeights
} from './sheet';

/** A 640 px tall phone whose time controls take 240 px: peek 240, half 320, full 576. */
function createHeights(): SheetHeights {
	return sheetHeights(640, 240);
}

describe('nextState and stepState', () => {
	it('cycles peek → half → full → peek on a tap', () => {
		expect(nextState('peek')).toBe('half');
		expect(nextState('half')).toBe('full');
		expect(nextState('full')).toBe('peek');
	});

	it('steps one state up or down and stops at either end', () => {
		expect(stepState('peek', 1)).toBe('half');
		expect(stepState('half', 1)).toBe('full');
		expect(stepState('full', 1)).toBe('full');
		expect(stepState('full', -1)).toBe('half');
		expect(stepState('half', -1)).toBe('peek');
		expect(stepState('peek', -1)).toBe('peek');
	});
});

describe('sheetHeights', () => {
	it('puts half at half the viewport and full at nine tenths', () => {
		expect(createHeights()).toEqual({ peek: 240, half: 320, full: 576 });
	});

	it('keeps the states in order when the peek content is taller than half the screen', () => {
		expect(sheetHeights(400, 260)).toEqual({ peek: 260, half: 260, full: 360 });
		expect(sheetHeights(400, 500)).toEqual({ peek: 360, half: 360, full: 360 });
	});
});

describe('dragHeight', () => {
	it('follows the pointer from the starting state', () => {
		expect(dragHeight(createHeights(), 'half', 40)).toBe(360);
		expect(dragHeight(createHeights(), 'half', -50)).toBe(270);
	});

	it('stops at peek and at full', () => {
		expect(dragHeight(createHeights(), 'peek', -100)).toBe(240);
		expect(dragHeight(createHeights(), 'full', 100)).toBe(576);
	});
});

describe('isTap', () => {
	it('counts only a movement shorter than the tap distance as a tap', () => {
		expect(isTap(0)).toBe(true);
		expect(isTap(TAP_DISTANCE - 1)).toBe(true);
		expect(isTap(-(TAP_DISTANCE - 1))).toBe(true);
		expect(isTap(TAP_DISTANCE)).toBe(false);
		expect(isTap(-TAP_DISTANCE)).toBe(false);
	});
});

describe('nearestState', () => {
	it('picks the nearest height and the shorter state on a tie', () => {
		const h = createHeights();
		expect(nearestState(h, 250)).toBe('peek');
		expect(nearestState(h, 300)).toBe('half');
		expect(nearestState(h, 280)).toBe('peek');
		expect(nearestState(h, 460)).toBe('full');
		expect(nearestState(h, 447)).toBe('half');
	});
});

describe('snapAfterDrag', () => {
	it('leaves the state alone after a tap, whatever the speed', () => {
		expect(snapAfterDrag(createHeights(), 'half', 3, 5)).toBe('half');
	});

	it('snaps a slow drag to the nearest state', () => {
		const h = createHeights();
		expect(snapAfterDrag(h, 'peek', 60, 0)).toBe('half');
		expect(snapAfterDrag(h, 'peek', 30, 0)).toBe('peek');
		expect(snapAfterDrag(h, 'half', 200, 0)).toBe('full');
		expect(snapAfterDrag(h, 'full', -400, 0)).toBe('peek');
	});

	it('carries a flick on to the state it is heading for', () => {
		const h = createHeights();
		// 20 px up from peek rests near peek; at 1 px/ms it is projected 200 px further, past half.
		expect(snapAfterDrag(h, 'peek', 20, 0)).toBe('peek');
		expect(snapAfterDrag(h, 'peek', 20, 1)).toBe('full');
		expect(snapAfterDrag(h, 'peek', 20, 0.4)).toBe('half');
		// A flick down from full ends at half or peek by its speed.
		expect(snapAfterDrag(h, 'full', -20, -1)).toBe('half');
		expect(snapAfterDrag(h, 'full', -20, -2)).toBe('peek');
	});

	it('never projects past peek or full', () => {
		const h = createHeights();
		expect(snapAfterDrag(h, 'half', 100, 50)).toBe('full');
		expect(snapAfterDrag(h, 'half', -100, -50)).toBe('peek');
	});

	it('projects the speed over PROJECTION_MS', () => {
		const h = createHeights();
		// From half at 320, rest just short of and just past the half–full midpoint (448).
		const toMid = 448 - 320 - 10;
		expect(snapAfterDrag(h, 'half', 10, (toMid - 1) / PROJECTION_MS)).toBe('half');
		expect(snapAfterDrag(h, 'half', 10, (toMid + 1) / PROJECTION_MS)).toBe('full');
	});
});

describe('releaseVelocity', () => {
	it('is the pointer speed over the last moves, positive when moving up', () => {
		expect(
			releaseVelocity([
				{ y: 600, t: 0 },
				{ y: 550, t: 50 },
				{ y: 500, t: 100 }
			])
		).toBe(1);
		expect(
			releaseVelocity([
				{ y: 300, t: 0 },
				{ y: 340, t: 20 }
			])
		).toBe(-2);
	});

	it('ignores moves older than the window', () => {
		const samples = [
			{ y: 800, t: 0 },
			{ y: 500, t: 10 },
			{ y: 480, t: 500 },
			{ y: 460, t: 500 + VELOCITY_WINDOW_MS }
		];
		expect(releaseVelocity(samples)).toBe(20 / VELOCITY_WINDOW_MS);
	});

	it('is zero for a pointer that stopped before release, and with no moves', () => {
		expect(
			releaseVelocity([
				{ y: 600, t: 0 },
				{ y: 400, t: 50 },
				{ y: 400, t: 400 }
			])
		).toBe(0);
		expect(releaseVelocity([{ y: 400, t: 10 }])).toBe(0);
		expect(releaseVelocity([])).toBe(0);
	});
});
