/**
 * Just enough of the XLSX format (a zip of XML parts) to read one worksheet's cell values, so a
 * spreadsheet source can be derived from without adding a spreadsheet dependency. Formulas, styles
 * and rich text formatting are ignored; only stored values are read.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The entries of a zip archive (stored or deflated; no zip64, no encryption). */
export function readZip(buffer: Buffer): Map<string, Buffer> {
	let eocd = -1;
	for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
		if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new Error('not a zip archive (no end-of-central-directory record)');
	const count = buffer.readUInt16LE(eocd + 10);
	let offset = buffer.readUInt32LE(eocd + 16);
	const entries = new Map<string, Buffer>();
	for (let n = 0; n < count; n++) {
		if (buffer.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new Error('corrupt zip directory');
		const method = buffer.readUInt16LE(offset + 10);
		const compressedSize = buffer.readUInt32LE(offset + 20);
		const nameLength = buffer.readUInt16LE(offset + 28);
		const extraLength = buffer.readUInt16LE(offset + 30);
		const commentLength = buffer.readUInt16LE(offset + 32);
		const localOffset = buffer.readUInt32LE(offset + 42);
		const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
		if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
			throw new Error(`${name}: zip64 entries are not supported`);
		}
		if (buffer.readUInt32LE(localOffset) !== LOCAL_SIGNATURE)
			throw new Error(`${name}: bad header`);
		const dataStart =
			localOffset +
			30 +
			buffer.readUInt16LE(localOffset + 26) +
			buffer.readUInt16LE(localOffset + 28);
		const raw = buffer.subarray(dataStart, dataStart + compressedSize);
		if (method === 0) entries.set(name, Buffer.from(raw));
		else if (method === 8) entries.set(name, inflateRawSync(raw));
		else throw new Error(`${name}: unsupported compression method ${method}`);
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
		if (e === 'amp') return '&';
		if (e === 'lt') return '<';
		if (e === 'gt') return '>';
		if (e === 'quot') return '"';
		if (e === 'apos') return "'";
		return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
	});
}

function attr(attrs: string, name: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
	return m ? decodeXml(m[1]!) : undefined;
}

/** Concatenated text of all <t> runs inside an element (rich text keeps one <t> per run). */
function textRuns(xml: string): string {
	let out = '';
	for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) {
		out += decodeXml(m[1] ?? '');
	}
	return out;
}

function sharedStrings(entries: Map<string, Buffer>): string[] {
	const xml = entries.get('xl/sharedStrings.xml')?.toString('utf8');
	if (!xml) return [];
	return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textRuns(m[1] ?? ''));
}

function sheetPath(entries: Map<string, Buffer>, sheetName: string): string {
	const workbook = entries.get('xl/workbook.xml')?.toString('utf8') ?? '';
	const rels = entries.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
	let rid: string | undefined;
	const names: string[] = [];
	for (const m of workbook.matchAll(/<sheet\s([^>]*?)\/?>/g)) {
		const name = attr(m[1]!, 'name');
		if (name !== undefined) names.push(name);
		if (name === sheetName) rid = attr(m[1]!, 'r:id');
	}
	if (!rid) throw new Error(`no sheet "${sheetName}" (sheets: ${names.join(', ')})`);
	for (const m of rels.matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
		if (attr(m[1]!, 'Id') === rid) {
			const target = attr(m[1]!, 'Target') ?? '';
			return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
		}
	}
	throw new Error(`sheet "${sheetName}" has no part`);
}

export type CellValue = string | number | boolean;
/** One worksheet row: column letters (A, B, …, AA) to value; empty cells are absent. */
export type SheetRow = Map<string, CellValue>;

/** The rows of one worksheet in sheet order, with their 1-based row numbers. */
export function readSheet(buffer: Buffer, sheetName: string): { row: number; cells: SheetRow }[] {
	const entries = readZip(buffer);
	const strings = sharedStrings(entries);
	const path = sheetPath(entries, sheetName);
	const xml = entries.get(path)?.toString('utf8');
	if (xml === undefined) throw new Error(`sheet part ${path} missing`);
	const rows: { row: number; cells: SheetRow }[] = [];
	for (const rowMatch of xml.matchAll(/<row\s([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
		const rowNumber = Number(attr(rowMatch[1]!, 'r'));
		const cells: SheetRow = new Map();
		for (const c of (rowMatch[2] ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
			const ref = attr(c[1]!, 'r') ?? '';
			const column = /^[A-Z]+/.exec(ref)?.[0];
			const inner = c[2];
			if (!column || inner === undefined) continue;
			const type = attr(c[1]!, 't');
			if (type === 'inlineStr') {
				cells.set(column, textRuns(inner));
				continue;
			}
			const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
			if (v === undefined) continue;
			if (type === 's') cells.set(column, strings[Number(v)] ?? '');
			else if (type === 'str' || type === 'e') cells.set(column, decodeXml(v));
			else if (type === 'b') cells.set(column, v === '1');
			else cells.set(column, Number(v));
		}
		rows.push({ row: rowNumber, cells });
	}
	return rows;
}

/**
 * Rows as records keyed by the header row's text (first row of the sheet). Columns without a header
 * are dropped.
 */
export function sheetRecords(buffer: Buffer, sheetName: string): Record<string, CellValue>[] {
	const [header, ...body] = readSheet(buffer, sheetName);
	if (!header) return [];
	const columns = [...header.cells].map(([col, v]) => [col, String(v).trim()] as const);
	return body.map(({ cells }) => {
		const record: Record<string, CellValue> = {};
		for (const [col, name] of columns) {
			const value = cells.get(col);
			if (name && value !== undefined) record[name] = value;
		}
		return record;
	});
}

/** Excel 1900-system serial day → ISO date (serials after 1 March 1900, i.e. any real date here). */
export function excelSerialToIsoDate(serial: number): string {
	if (!Number.isFinite(serial) || serial < 61) throw new Error(`not a date serial: ${serial}`);
	const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
	return new Date(ms).toISOString().slice(0, 10);
}
