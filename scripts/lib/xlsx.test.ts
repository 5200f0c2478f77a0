import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { cellIsoDate, sheetRecords } from './xlsx';

/** A workbook shaped like the line list: a notes sheet first, the data sheet under its odd name. */
async function workbook(): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('Notes').getCell('A1').value = 'About this export';
	const sheet = wb.addWorksheet('Suppy Page');
	sheet.getRow(1).values = ['Received Date', 'Crossing', null, ' Units '];
	sheet.getRow(2).values = [
		new Date(Date.UTC(2024, 4, 6)),
		{ richText: [{ text: 'Kerem ' }, { text: 'Shalom', font: { bold: true } }] },
		'under no header',
		'Pallets'
	];
	sheet.getRow(3).values = [
		new Date(Date.UTC(2024, 4, 7)),
		{ formula: 'CONCAT("Er","ez")', result: 'Erez' },
		null,
		14
	];
	// row 4 stays empty
	sheet.getCell('B5').value = { text: 'Rafah & Co', hyperlink: 'https://example.org/' };
	return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('sheetRecords', () => {
	it('keys rows by the trimmed header and reduces rich text, formulas and links to values', async () => {
		const rows = await sheetRecords(await workbook(), 'Suppy Page');
		expect(rows).toEqual([
			{
				'Received Date': new Date(Date.UTC(2024, 4, 6)),
				Crossing: 'Kerem Shalom',
				Units: 'Pallets'
			},
			{ 'Received Date': new Date(Date.UTC(2024, 4, 7)), Crossing: 'Erez', Units: 14 },
			{ Crossing: 'Rafah & Co' }
		]);
	});

	it('names the sheets it has when asked for a missing one', async () => {
		await expect(sheetRecords(await workbook(), 'Supply Page')).rejects.toThrow(
			/Notes, Suppy Page/
		);
	});
});

describe('cellIsoDate', () => {
	it('reads date cells in UTC and ISO text, and nothing else', () => {
		expect(cellIsoDate(new Date(Date.UTC(2024, 8, 9, 14, 24)))).toBe('2024-09-09');
		expect(cellIsoDate('2024-05-06T10:00')).toBe('2024-05-06');
		expect(cellIsoDate('6 May 2024')).toBeUndefined();
		expect(cellIsoDate(45418)).toBeUndefined();
		expect(cellIsoDate(new Date(Number.NaN))).toBeUndefined();
		expect(cellIsoDate(undefined)).toBeUndefined();
	});
});
