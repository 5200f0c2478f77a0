import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinTexts, splitTexts } from './record-texts';

describe('splitTexts and joinTexts', () => {
	const records = {
		strikes: [
			{ id: 's1', date: '2024-05-26', summary: 'A strike on tents.' },
			{ id: 's2', date: '2024-05-27' }
		],
		strikeReports: [{ strike_id: 's1', source_id: 'a', killed: 45, note: 'at least' }],
		trucksDaily: [{ date: '2024-05-01', truck_lines: 3 }],
		bounds: { s1: [1, 2, 3, 4] }
	};

	it('keeps summaries and notes out of the index, and nothing else', () => {
		const { index, texts } = splitTexts(records);
		expect(index.strikes).toEqual([
			{ id: 's1', date: '2024-05-26' },
			{ id: 's2', date: '2024-05-27' }
		]);
		expect(index.strikeReports).toEqual([{ strike_id: 's1', source_id: 'a', killed: 45 }]);
		expect(index.trucksDaily).toBe(records.trucksDaily);
		expect(index.bounds).toBe(records.bounds);
		expect(texts).toEqual({
			strikes: [{ summary: 'A strike on tents.' }, null],
			strikeReports: [{ note: 'at least' }]
		});
	});

	it('gives the records back when joined', () => {
		const { index, texts } = splitTexts(records);
		expect(joinTexts(index, texts)).toEqual(records);
	});

	it('gives any table of rows back when joined', () => {
		const row = fc.record(
			{
				id: fc.string(),
				summary: fc.string(),
				note: fc.string(),
				killed: fc.integer()
			},
			{ requiredKeys: ['id'] }
		);
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.array(row)), (tables) => {
				const { index, texts } = splitTexts(tables);
				expect(joinTexts(index, texts)).toEqual(tables);
				for (const rows of Object.values(index))
					for (const r of rows) expect(Object.keys(r)).not.toContain('summary');
			})
		);
	});

	it('leaves a table without texts rather than misalign them', () => {
		const { index, texts } = splitTexts(records);
		const shorter = { ...index, strikes: index.strikes.slice(1) };
		expect(joinTexts(shorter, texts).strikes).toEqual([{ id: 's2', date: '2024-05-27' }]);
	});
});
