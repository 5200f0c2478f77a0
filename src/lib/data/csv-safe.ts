/**
 * CSV downloads that a spreadsheet opens as data, never as code. Excel, LibreOffice and Google Sheets
 * run a cell that starts with `=`, `+`, `-` or `@` (or with a tab or carriage return) as a formula:
 * `=HYPERLINK(…)` becomes a live link, and older Excel can start programs through DDE. As OWASP's
 * guidance on CSV injection recommends, such a cell gets a leading apostrophe, which spreadsheets take
 * as "this is text" and do not display; other readers of the file see the apostrophe.
 *
 * Numbers stay numbers: a number value (a percent change of -67) is written as it is, and so is a string
 * that is nothing but a decimal number, because a spreadsheet reads either as a number and runs
 * nothing. Cells holding commas, quotes or line breaks are quoted by `csvFormat`, so no part of a cell
 * can become a cell of its own.
 */
import { csvFormat } from 'd3-dsv';

/** Leading whitespace is looked through: some spreadsheets trim it on import, then see the `=`. */
const FORMULA_LEAD = /^(\s*[=+\-@]|[\t\r])/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

export type Cell = string | number | boolean | null | undefined;

/** True when a spreadsheet would run `text` as a formula. */
export function startsLikeFormula(text: string): boolean {
	return FORMULA_LEAD.test(text) && !PLAIN_NUMBER.test(text);
}

/** One cell as a download writes it. */
export function safeCell(value: Cell): Cell {
	return typeof value === 'string' && startsLikeFormula(value) ? `'${value}` : value;
}

/** `csvFormat` over rows whose cells have been made safe to open in a spreadsheet. */
export function safeCsvFormat(rows: readonly Record<string, Cell>[]): string {
	return csvFormat(
		rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)])))
	);
}
