import { describe, expect, it } from 'vitest';
import {
	displacementPoints,
	displacementRows,
	displacementSeries,
	displacementSummary,
	modelSeries,
	statedRanges
} from './displacement';
import type { PopulationFigure, PopulationModelValue } from './schemas/shelter-population';

const RAFAH = 'area-rafah-governorate';

function figure(
	id: string,
	date: string,
	metric: PopulationFigure['metric'],
	value: number | [number, number],
	area = RAFAH
): PopulationFigure {
	const stated = Array.isArray(value)
		? { value: undefined, value_min: value[0], value_max: value[1] }
		: { value, value_min: undefined, value_max: undefined };
	return {
		id,
		area_id: area,
		date,
		metric,
		source_id: `src-${id}`,
		qualifier: undefined,
		note: undefined,
		...stated
	};
}

const FIGURES: PopulationFigure[] = [
	figure('pop-0002', '2024-05-06', 'people_sheltering', 1_200_000),
	figure('pop-0001', '2024-05-06', 'people_sheltering', 1_400_000),
	figure('pop-0008', '2024-05-09', 'displaced_from', 80_000),
	figure('pop-0021', '2024-05-20', 'displaced_from', 950_000),
	figure('pop-0020', '2024-05-19', 'displaced_from', 815_000),
	figure('pop-0022', '2024-05-20', 'people_remaining', [300_000, 400_000]),
	figure('pop-0027', '2024-05-28', 'displaced_from', 1_000_000),
	figure('pop-0028', '2024-05-29', 'displaced_from', 1_000_000),
	figure('pop-0033', '2024-06-18', 'people_sheltering', 65_000),
	// Not about Rafah governorate as a whole, not a charted metric, or outside the period: left out.
	figure('pop-0007', '2024-05-07', 'displaced_from', 150_000, 'area-rafah-east-evac-0506'),
	figure('pop-0035', '2024-06-27', 'displaced_from', 5_000, 'area-al-mawasi'),
	figure('pop-0004', '2024-05-06', 'people_in_evac_zone', 100_000),
	figure('pop-0099', '2024-04-20', 'people_sheltering', 1_300_000)
];

const model = (date: string, value: number, area = RAFAH): PopulationModelValue => ({
	id: `popmodel-${area}-${date}`,
	area_id: area,
	date,
	metric: 'adults_modelled',
	value,
	source_id: 'darin',
	note: undefined
});

const MODEL: PopulationModelValue[] = [
	model('2024-04-30', 684_514),
	model('2024-05-01', 691_336),
	model('2024-05-02', 681_254),
	model('2024-05-04', 661_640),
	model('2024-05-05', 664_956),
	model('2024-05-02', 150_000, 'area-khan-younis-governorate')
];

describe('displacementPoints', () => {
	it('gives one point per Rafah figure, two for a stated range, in date order', () => {
		const points = displacementPoints(FIGURES);
		expect(points.map((p) => [p.figure, p.measure, p.value, p.bound])).toEqual([
			['pop-0001', 'in_rafah', 1_400_000, undefined],
			['pop-0002', 'in_rafah', 1_200_000, undefined],
			['pop-0008', 'displaced', 80_000, undefined],
			['pop-0020', 'displaced', 815_000, undefined],
			['pop-0021', 'displaced', 950_000, undefined],
			['pop-0022', 'in_rafah', 300_000, 'min'],
			['pop-0022', 'in_rafah', 400_000, 'max'],
			['pop-0027', 'displaced', 1_000_000, undefined],
			['pop-0028', 'displaced', 1_000_000, undefined],
			['pop-0033', 'in_rafah', 65_000, undefined]
		]);
		expect(points[0]!.source_id).toBe('src-pop-0001');
	});
});

describe('statedRanges', () => {
	it('spans the lowest to the highest value each day, per measure', () => {
		const ranges = statedRanges(displacementPoints(FIGURES));
		expect(ranges.in_rafah).toEqual([
			{ date: '2024-05-06', min: 1_200_000, max: 1_400_000 },
			{ date: '2024-05-20', min: 300_000, max: 400_000 },
			{ date: '2024-06-18', min: 65_000, max: 65_000 }
		]);
		expect(ranges.displaced.map((d) => d.date)).toEqual([
			'2024-05-09',
			'2024-05-19',
			'2024-05-20',
			'2024-05-28',
			'2024-05-29'
		]);
		expect(ranges.displaced[2]).toEqual({ date: '2024-05-20', min: 950_000, max: 950_000 });
	});
});

describe('modelSeries', () => {
	it('covers every day of the model inside the period, null where it has no value', () => {
		expect(modelSeries(MODEL)).toEqual([
			{ date: '2024-05-01', value: 691_336 },
			{ date: '2024-05-02', value: 681_254 },
			{ date: '2024-05-03', value: null },
			{ date: '2024-05-04', value: 661_640 },
			{ date: '2024-05-05', value: 664_956 }
		]);
	});

	it('keeps to the area asked for and the period', () => {
		expect(modelSeries(MODEL, 'area-khan-younis-governorate')).toEqual([
			{ date: '2024-05-02', value: 150_000 }
		]);
		expect(modelSeries(MODEL, RAFAH, { from: '2024-04-01', to: '2024-04-30' })).toEqual([
			{ date: '2024-04-30', value: 684_514 }
		]);
		expect(modelSeries(MODEL, RAFAH, { from: '2024-06-01', to: '2024-06-30' })).toEqual([]);
	});
});

describe('displacementSummary', () => {
	it('states the first and last numbers in Rafah, the most displaced and where the model ends', () => {
		const summary = displacementSummary(displacementSeries(FIGURES, MODEL));
		expect(summary).toEqual({
			firstIn: { date: '2024-05-06', min: 1_200_000, max: 1_400_000 },
			lastIn: { date: '2024-06-18', min: 65_000, max: 65_000 },
			mostDisplaced: { date: '2024-05-28', value: 1_000_000 },
			modelEnd: '2024-05-05'
		});
	});

	it('leaves out what no source states', () => {
		expect(displacementSummary(displacementSeries([], []))).toEqual({
			firstIn: undefined,
			lastIn: undefined,
			mostDisplaced: undefined,
			modelEnd: undefined
		});
	});
});

describe('displacementRows', () => {
	it('lists every charted figure and model value by date, figures first on a day', () => {
		const rows = displacementRows(FIGURES, MODEL);
		expect(rows).toHaveLength(9 + 4);
		expect(rows.slice(0, 5).map((r) => [r.kind, r.date])).toEqual([
			['model', '2024-05-01'],
			['model', '2024-05-02'],
			['model', '2024-05-04'],
			['model', '2024-05-05'],
			['figure', '2024-05-06']
		]);
		const may20 = rows.filter((r) => r.date === '2024-05-20');
		expect(may20.map((r) => (r.kind === 'figure' ? r.figure.id : r.kind))).toEqual([
			'pop-0021',
			'pop-0022'
		]);
	});
});
