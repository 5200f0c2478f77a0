/**
 * The structure of a curated table, checked strictly before d3-dsv parses it. d3-dsv is lenient: a
 * quote left open runs on through the following lines and swallows whole rows (40 hospital statuses
 * become 39), text after a closing quote is glued on, and cells beyond the header are dropped, so an
 * unquoted comma cuts the last column short. None of that is an error to d3; all of it is here.
 *
 * The rules are RFC 4180's (a quoted cell doubles its quotes; nothing but a comma or the line end
 * follows the closing quote), plus the project's own: one record per line, so no cell holds a line
 * break; LF line ends (CRLF read too); every row has exactly the header's cells; no blank lines.
 */
import { recordLabel } from './characters';
import type { DataIssue } from './table';

interface Problem {
	line: number;
	/** The cells read before the problem, to name the record by its id. */
	cells: string[];
	/** The header column the problem is in, or '(record)'. */
	field: string;
	message: string;
}

const isLineEnd = (text: string, i: number) =>
	text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n');

/** One record from `start`: its cells, where the next begins, or the problem that stopped it. */
function readRecord(
	text: string,
	start: number
): { cells: string[]; next: number; problem?: { cell: number; message: string; at: number } } {
	const cells: string[] = [];
	let i = start;
	for (;;) {
		const cell = cells.length;
		let value = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length)
					return { cells, next: i, problem: { cell, message: 'a quote is never closed', at: i } };
				if (text[i] === '\n' || text[i] === '\r')
					return {
						cells,
						next: i,
						problem: {
							cell,
							message:
								'a quoted cell runs on past the end of its line: is a closing quote missing?',
							at: i
						}
					};
				if (text[i] === '"' && text[i + 1] === '"') {
					value += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else value += text[i++];
			}
			if (i < text.length && text[i] !== ',' && !isLineEnd(text, i))
				return {
					cells,
					next: i,
					problem: { cell, message: 'has text after the closing quote of a quoted cell', at: i }
				};
		} else {
			while (i < text.length && text[i] !== ',' && !isLineEnd(text, i)) {
				if (text[i] === '"')
					return {
						cells,
						next: i,
						problem: {
							cell,
							message: 'has a quote inside an unquoted cell: quote the cell and double the quote',
							at: i
						}
					};
				if (text[i] === '\r')
					return {
						cells,
						next: i,
						problem: { cell, message: 'has a carriage return inside the line', at: i }
					};
				value += text[i++];
			}
		}
		cells.push(value);
		if (i >= text.length) return { cells, next: i };
		if (text[i] === ',') i++;
		else return { cells, next: i + (text[i] === '\r' ? 2 : 1) };
	}
}

function problems(text: string): { header: string[]; problems: Problem[] } {
	const found: Problem[] = [];
	let header: string[] | undefined;
	let line = 1;
	let i = 0;
	while (i < text.length) {
		const record = readRecord(text, i);
		const columns: readonly string[] = header ?? record.cells;
		if (record.problem) {
			const { cell, message, at } = record.problem;
			found.push({ line, cells: record.cells, field: columns[cell] ?? '(record)', message });
			// Go on from the next line, so the lines a broken quote would swallow are read as they are.
			const end = text.indexOf('\n', at);
			i = end === -1 ? text.length : end + 1;
		} else {
			i = record.next;
			const { cells } = record;
			if (!header) header = cells;
			else if (cells.length === 1 && cells[0] === '')
				found.push({ line, cells: [], field: '(record)', message: 'is a blank line' });
			else if (cells.length > header.length) {
				const last = header[header.length - 1] ?? '(record)';
				found.push({
					line,
					cells,
					field: last,
					message: `has ${cells.length} cells for ${header.length} columns: the text after "${last}" has no column (is a comma in an unquoted cell?)`
				});
			} else if (cells.length < header.length) {
				const first = header[cells.length]!;
				found.push({
					line,
					cells,
					field: first,
					message: `has ${cells.length} cells for ${header.length} columns: "${first}" and any after it are missing`
				});
			}
		}
		line++;
	}
	return { header: header ?? [], problems: found };
}

/**
 * What is wrong with the structure of `text`, each problem naming the record by its `idKey` cell and
 * line (`hstatus-0012 (line 13)`, or `line 13` when the id cannot be read) and the column it is in.
 */
export function structureIssues(file: string, text: string, idKey: string): DataIssue[] {
	const { header, problems: found } = problems(text.replace(/^\uFEFF/, ''));
	const idIndex = header.indexOf(idKey);
	const issues: DataIssue[] = found.map((p) => {
		const id = p.line === 1 ? undefined : recordLabel(p.cells[idIndex]);
		const record = p.line === 1 ? 'header' : id ? `${id} (line ${p.line})` : `line ${p.line}`;
		return { file, record, field: p.field, message: p.message };
	});
	const seen = new Set<string>();
	for (const column of header) {
		if (seen.has(column))
			issues.push({ file, record: 'header', field: column, message: 'column appears twice' });
		seen.add(column);
	}
	return issues;
}
