/**
 * One worksheet of an XLSX workbook as records keyed by its header row, the shape the derivations
 * read a spreadsheet source in. Only stored values are read: formulas give their cached result.
 */
import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue } from 'exceljs';

/** A cell's value as the derivations see it; date-formatted cells arrive as `Date` (UTC). */
export type CellValue = string | number | boolean | Date;

/** Rich text and hyperlinks reduced to their text, formulas to their result, errors to their code. */
function plainValue(value: ExcelCellValue): CellValue | undefined {
	if (value === null || value === undefined) return undefined;
	if (typeof value !== 'object' || value instanceof Date) return value;
	if ('richText' in value) return value.richText.map((run) => run.text).join('');
	if ('error' in value) return value.error;
	if ('hyperlink' in value) return plainValue(value.text);
	return plainValue(value.result);
}

/**
 * Rows as records keyed by the header row's text (the first row holding values). Columns without a
 * header are dropped, and so are empty cells; rows holding no values at all are skipped.
 */
export async function sheetRecords(
	buffer: Buffer,
	sheetName: string
): Promise<Record<string, CellValue>[]> {
	const workbook = new ExcelJS.Workbook();
	// exceljs reads an ArrayBuffer; the copy holds exactly the file's bytes, whatever the Buffer views
	await workbook.xlsx.load(Uint8Array.from(buffer).buffer);
	const sheet = workbook.getWorksheet(sheetName);
	if (!sheet) {
		const names = workbook.worksheets.map((w) => w.name).join(', ');
		throw new Error(`no sheet "${sheetName}" (sheets: ${names})`);
	}
	let columns: [number, string][] | undefined;
	const records: Record<string, CellValue>[] = [];
	sheet.eachRow((row) => {
		if (!columns) {
			const header: [number, string][] = [];
			row.eachCell((cell, column) => {
				const name = String(plainValue(cell.value) ?? '').trim();
				if (name) header.push([column, name]);
			});
			columns = header;
			return;
		}
		const record: Record<string, CellValue> = {};
		for (const [column, name] of columns) {
			const value = plainValue(row.getCell(column).value);
			if (value !== undefined) record[name] = value;
		}
		records.push(record);
	});
	return records;
}

/** The ISO date of a cell holding a date: a date-formatted cell, or text starting "YYYY-MM-DD". */
export function cellIsoDate(value: CellValue | undefined): string | undefined {
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	}
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	return undefined;
}
