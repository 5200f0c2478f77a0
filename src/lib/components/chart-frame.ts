/**
 * What the day charts share: their drawing size, a band per day of the period in the reading
 * direction, and where labels at the chart's two edges sit. Labels are anchored by their logical
 * edge (`start` at the inline start, `end` at the inline end), which SVG resolves against the text's
 * direction, so they stay inside the chart in Arabic as in English.
 */
import { scaleBand, scaleLinear, type ScaleBand } from 'd3-scale';

/** The drawing's width in user units; charts scale it to their box. */
export const CHART_WIDTH = 340;
export const CHART_PAD = { top: 6, bottom: 16, side: 4 } as const;

/** One band per day, from the inline start: left to right, or right to left in Arabic. */
export function dayScale(days: readonly string[], rtl: boolean): ScaleBand<string> {
	const { side } = CHART_PAD;
	return scaleBand<string>()
		.domain(days)
		.range(rtl ? [CHART_WIDTH - side, side] : [side, CHART_WIDTH - side])
		.paddingInner(0.15);
}

/** The middle of a day's band (the start of the chart for a day outside it). */
export function dayCentre(x: ScaleBand<string>, date: string): number {
	return (x(date) ?? x.range()[0]) + x.bandwidth() / 2;
}

/** Values from 0 up to at least `max`, bottom to top of a chart `height` high, on round ticks. */
export function valueScale(max: number, height: number) {
	return scaleLinear()
		.domain([0, Math.max(1, max)])
		.range([height - CHART_PAD.bottom, CHART_PAD.top])
		.nice();
}

/** The x of a label at the chart's inline start or end edge, `inset` units in from it. */
export function edgeX(edge: 'start' | 'end', rtl: boolean, inset = 0): number {
	const left = CHART_PAD.side + inset;
	const right = CHART_WIDTH - CHART_PAD.side - inset;
	return (edge === 'start') !== rtl ? left : right;
}
