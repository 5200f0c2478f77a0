/**
 * People in Rafah and people displaced out of it, over time, for the displacement chart: every
 * source's figure as a point, the range the sources state each day, and the modelled adult population
 * beside them. Two measures are kept apart because they are not the same question: how many people
 * were in Rafah (sheltering there, or remaining), and how many had left it since 6 May (cumulative).
 * Figures for parts of Rafah (the 6 May zone) or for al-Mawasi are left out: they count other people.
 * Pure, so the chart only draws.
 */
import { dateAt, dayCount, EVENT_PERIOD } from './dates';
import type {
	PopulationFigure,
	PopulationMetric,
	PopulationModelValue
} from './schemas/shelter-population';

/** The area the chart speaks of. */
export const RAFAH_AREA = 'area-rafah-governorate';

export const MEASURES = ['in_rafah', 'displaced'] as const;
export type DisplacementMeasure = (typeof MEASURES)[number];

/** Which measure a stated figure belongs to; metrics not listed are not drawn. */
export const MEASURE_OF: Partial<Record<PopulationMetric, DisplacementMeasure>> = {
	people_sheltering: 'in_rafah',
	people_remaining: 'in_rafah',
	displaced_from: 'displaced'
};

type Period = { readonly from: string; readonly to: string };

export interface DisplacementPoint {
	/** The figure's id; a stated range gives two points with the same id. */
	figure: string;
	date: string;
	measure: DisplacementMeasure;
	value: number;
	source_id: string;
	/** Set on the two ends of a stated range ("300,000–400,000"). */
	bound?: 'min' | 'max';
}

export interface DayRange {
	date: string;
	min: number;
	max: number;
}

/** One day of the model: null where the model has no value (the line breaks there). */
export interface ModelDay {
	date: string;
	value: number | null;
}

export interface DisplacementSeries {
	points: DisplacementPoint[];
	/** Per measure, the lowest and highest stated value of each day with a figure, by date. */
	ranges: Record<DisplacementMeasure, DayRange[]>;
	/** Every day from the model's first to its last day inside the period. */
	model: ModelDay[];
}

const inPeriod = (date: string, p: Period) => date >= p.from && date <= p.to;

const byDateThen = (a: { date: string }, b: { date: string }) =>
	a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** The figures the chart draws: those for `area` of a charted metric, inside the period. */
export function chartedFigures(
	figures: readonly PopulationFigure[],
	area: string = RAFAH_AREA,
	period: Period = EVENT_PERIOD
): PopulationFigure[] {
	return figures
		.filter((f) => f.area_id === area && MEASURE_OF[f.metric] && inPeriod(f.date, period))
		.sort((a, b) => byDateThen(a, b) || a.id.localeCompare(b.id));
}

/** One point per stated figure; a stated range gives one point at each end. */
export function displacementPoints(
	figures: readonly PopulationFigure[],
	area: string = RAFAH_AREA,
	period: Period = EVENT_PERIOD
): DisplacementPoint[] {
	return chartedFigures(figures, area, period).flatMap((f): DisplacementPoint[] => {
		const base = {
			figure: f.id,
			date: f.date,
			measure: MEASURE_OF[f.metric]!,
			source_id: f.source_id
		};
		if (f.value !== undefined) return [{ ...base, value: f.value }];
		if (f.value_min === undefined || f.value_max === undefined) return [];
		return [
			{ ...base, value: f.value_min, bound: 'min' },
			{ ...base, value: f.value_max, bound: 'max' }
		];
	});
}

/** The band: for each measure and day with a figure, the lowest and highest value stated that day. */
export function statedRanges(
	points: readonly DisplacementPoint[]
): Record<DisplacementMeasure, DayRange[]> {
	const out = { in_rafah: [], displaced: [] } as Record<DisplacementMeasure, DayRange[]>;
	for (const measure of MEASURES) {
		const days = new Map<string, DayRange>();
		for (const p of points) {
			if (p.measure !== measure) continue;
			const day = days.get(p.date);
			if (!day) days.set(p.date, { date: p.date, min: p.value, max: p.value });
			else {
				day.min = Math.min(day.min, p.value);
				day.max = Math.max(day.max, p.value);
			}
		}
		out[measure] = [...days.values()].sort(byDateThen);
	}
	return out;
}

/**
 * The model for `area` on every day from its first to its last value inside the period, with null on
 * the days it has no value, so a line drawn from it breaks there instead of joining across the gap.
 * Empty when the model has no value inside the period.
 */
export function modelSeries(
	rows: readonly PopulationModelValue[],
	area: string = RAFAH_AREA,
	period: Period = EVENT_PERIOD
): ModelDay[] {
	const values = new Map(
		rows.filter((r) => r.area_id === area && inPeriod(r.date, period)).map((r) => [r.date, r.value])
	);
	if (values.size === 0) return [];
	const dates = [...values.keys()].sort();
	const n = dayCount(dates[0]!, dates.at(-1)!);
	return Array.from({ length: n }, (_, i) => {
		const date = dateAt(i, dates[0]!, dates.at(-1)!);
		return { date, value: values.get(date) ?? null };
	});
}

export function displacementSeries(
	figures: readonly PopulationFigure[],
	model: readonly PopulationModelValue[],
	area: string = RAFAH_AREA,
	period: Period = EVENT_PERIOD
): DisplacementSeries {
	const points = displacementPoints(figures, area, period);
	return { points, ranges: statedRanges(points), model: modelSeries(model, area, period) };
}

/** The facts the chart's one-sentence description states. */
export interface DisplacementSummary {
	/** People in Rafah on the first and the last day a source gives a number. */
	firstIn?: DayRange;
	lastIn?: DayRange;
	/** The highest number displaced any source gives, and the first day it is given. */
	mostDisplaced?: { date: string; value: number };
	/** The model's last day with a value. */
	modelEnd?: string;
}

export function displacementSummary(s: DisplacementSeries): DisplacementSummary {
	const inRafah = s.ranges.in_rafah;
	const displaced = s.points.filter((p) => p.measure === 'displaced');
	const most = displaced.reduce<DisplacementPoint | undefined>(
		(a, b) => (!a || b.value > a.value || (b.value === a.value && b.date < a.date) ? b : a),
		undefined
	);
	return {
		firstIn: inRafah[0],
		lastIn: inRafah.at(-1),
		mostDisplaced: most && { date: most.date, value: most.value },
		modelEnd: s.model.filter((d) => d.value !== null).at(-1)?.date
	};
}

/** One row of the chart's table: a stated figure, or a day of the model. */
export type DisplacementRow =
	| { kind: 'figure'; date: string; measure: DisplacementMeasure; figure: PopulationFigure }
	| { kind: 'model'; date: string; value: number; source_id: string };

/** The table alternative: every charted figure and every model value, by date (figures first). */
export function displacementRows(
	figures: readonly PopulationFigure[],
	model: readonly PopulationModelValue[],
	area: string = RAFAH_AREA,
	period: Period = EVENT_PERIOD
): DisplacementRow[] {
	const stated: DisplacementRow[] = chartedFigures(figures, area, period).map((f) => ({
		kind: 'figure',
		date: f.date,
		measure: MEASURE_OF[f.metric]!,
		figure: f
	}));
	const modelled: DisplacementRow[] = model
		.filter((r) => r.area_id === area && inPeriod(r.date, period))
		.map((r) => ({ kind: 'model', date: r.date, value: r.value, source_id: r.source_id }));
	// A stable sort keeps figures in id order and puts them before the model on the same day.
	return [...stated, ...modelled].sort(byDateThen);
}
