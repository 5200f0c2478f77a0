import { describe, expect, it } from 'vitest';
import { CHART_PAD, CHART_WIDTH, dayCentre, dayScale, edgeX, valueScale } from './chart-frame';

const DAYS = ['2024-05-01', '2024-05-02', '2024-05-03'];

describe('dayScale', () => {
	it('runs left to right in English and right to left in Arabic', () => {
		const ltr = dayScale(DAYS, false);
		const rtl = dayScale(DAYS, true);
		expect(ltr('2024-05-01')).toBe(CHART_PAD.side);
		expect(dayCentre(ltr, '2024-05-01')).toBeLessThan(dayCentre(ltr, '2024-05-03'));
		expect(dayCentre(rtl, '2024-05-01')).toBeGreaterThan(dayCentre(rtl, '2024-05-03'));
		expect(dayCentre(rtl, '2024-05-01')).toBeCloseTo(CHART_WIDTH - dayCentre(ltr, '2024-05-01'));
	});

	it('puts a day outside the chart at its start', () => {
		const x = dayScale(DAYS, false);
		expect(dayCentre(x, '2024-07-01')).toBe(CHART_PAD.side + x.bandwidth() / 2);
	});
});

describe('valueScale', () => {
	it('puts 0 at the bottom and rounds the top up', () => {
		const y = valueScale(1_400_000, 120);
		expect(y(0)).toBe(120 - CHART_PAD.bottom);
		expect(y.domain()[1]).toBeGreaterThanOrEqual(1_400_000);
		expect(y(y.domain()[1]!)).toBe(CHART_PAD.top);
	});
});

describe('edgeX', () => {
	it('finds the inline start on the left in English and on the right in Arabic', () => {
		expect(edgeX('start', false)).toBe(CHART_PAD.side);
		expect(edgeX('end', false, 2)).toBe(CHART_WIDTH - CHART_PAD.side - 2);
		expect(edgeX('start', true)).toBe(CHART_WIDTH - CHART_PAD.side);
		expect(edgeX('end', true, 2)).toBe(CHART_PAD.side + 2);
	});
});
