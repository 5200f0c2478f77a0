import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { safeCell, safeCsvFormat, startsLikeFormula } from './csv-safe';

describe('safeCell', () => {
	it('puts an apostrophe before every cell a spreadsheet would run', () => {
		for (const cell of [
			'=HYPERLINK("https://evil.example","click")',
			"+cmd|' /C calc'!A0",
			"-2+3+cmd|' /C calc'!A0",
			'@SUM(A1:A9)',
			'\t=1+1',
			'\r=1+1',
			'  =1+1',
			'+972 Magazine'
		])
			expect(safeCell(cell)).toBe(`'${cell}`);
	});

	it('keeps numbers numeric, negative ones too', () => {
		expect(safeCell(-67)).toBe(-67);
		expect(safeCell('-67')).toBe('-67');
		expect(safeCell('+5')).toBe('+5');
		expect(safeCell('-6.5')).toBe('-6.5');
		expect(startsLikeFormula('-6.5e3')).toBe(true);
	});

	it('leaves ordinary text and empty cells alone', () => {
		expect(safeCell('OCHA oPt')).toBe('OCHA oPt');
		expect(safeCell('a = b')).toBe('a = b');
		expect(safeCell('')).toBe('');
		expect(safeCell(undefined)).toBeUndefined();
	});
});

describe('safeCsvFormat', () => {
	it('writes a file whose cells a spreadsheet reads as text or numbers', () => {
		const text = safeCsvFormat([
			{ id: 'a', note: '=HYPERLINK("https://evil.example")', value: -67 },
			{ id: 'b', note: 'x,=1+1', value: undefined }
		]);
		expect(text).toBe('id,note,value\na,"\'=HYPERLINK(""https://evil.example"")",-67\nb,"x,=1+1",');
		expect(csvParse(text).map((r) => r.note)).toEqual([
			'\'=HYPERLINK("https://evil.example")',
			'x,=1+1'
		]);
	});
});
