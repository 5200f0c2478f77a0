/**
 * The modelled daily adult population per governorate (Darin, Gaza displacement analytics) as rows of
 * the project's `population-model.csv`: selected governorates, one age-sex group, a date range, values
 * rounded to whole people. Days the source has no row for stay missing: a gap, never filled in.
 */
import { csvFormat, csvParse } from 'd3-dsv';

/** The file in the sources folder, and the columns it is read by. */
export const MODEL_SOURCE_FILE = 'displacement-pop-darin/population_gaza_base.csv';

/** The project's columns, in schema order. */
export const MODEL_COLUMNS = [
	'id',
	'area_id',
	'date',
	'metric',
	'value',
	'source_id',
	'note'
] as const;

export interface ModelArea {
	/** The source's `ADM2_PCODE` (OCHA COD-AB). */
	pcode: string;
	/** The source's `ADM2_EN`, checked so that a re-coded file cannot put one governorate's figures on another. */
	name: string;
	/** The project's area id. */
	areaId: string;
	/** The short key in the row ids (`popmodel-<key>-<date>`). */
	key: string;
}

export interface ModelOptions {
	areas: readonly ModelArea[];
	agesex: string;
	from: string;
	to: string;
	metric: string;
	sourceId: string;
}

export type ModelRow = Record<(typeof MODEL_COLUMNS)[number], string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Rows of the project file from the text of the source file, sorted by id. Fails on a selected
 * governorate the file lacks or names differently, a date that is not `YYYY-MM-DD`, a value that is
 * not a non-negative finite number, and two rows for the same governorate, group and day.
 */
export function modelRows(text: string, options: ModelOptions): ModelRow[] {
	const records = csvParse(text.replace(/^\uFEFF/, ''));
	for (const column of ['ADM2_PCODE', 'ADM2_EN', 'collection_date', 'agesex', 'pop_mau_lower'])
		if (!records.columns.includes(column)) throw new Error(`missing column ${column}`);
	const byPcode = new Map(options.areas.map((a) => [a.pcode, a]));
	const seen = new Set<string>();
	const found = new Set<string>();
	const rows: ModelRow[] = [];
	for (const [i, r] of records.entries()) {
		const area = byPcode.get(r.ADM2_PCODE ?? '');
		if (!area || r.agesex !== options.agesex) continue;
		const line = i + 2;
		if (r.ADM2_EN !== area.name)
			throw new Error(
				`line ${line}: ${area.pcode} is named "${r.ADM2_EN}", expected "${area.name}"`
			);
		const date = r.collection_date ?? '';
		if (!ISO_DATE.test(date)) throw new Error(`line ${line}: bad date "${date}"`);
		found.add(area.pcode);
		if (date < options.from || date > options.to) continue;
		const value = Number(r.pop_mau_lower);
		if (r.pop_mau_lower === '' || !Number.isFinite(value) || value < 0)
			throw new Error(`line ${line}: bad value "${r.pop_mau_lower}"`);
		const id = `popmodel-${area.key}-${date}`;
		if (seen.has(id)) throw new Error(`line ${line}: a second row for ${area.pcode} on ${date}`);
		seen.add(id);
		rows.push({
			id,
			area_id: area.areaId,
			date,
			metric: options.metric,
			value: String(Math.round(value)),
			source_id: options.sourceId,
			note: ''
		});
	}
	for (const a of options.areas)
		if (!found.has(a.pcode))
			throw new Error(`no ${options.agesex} rows for ${a.pcode} (${a.name})`);
	return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The days from `from` to `to` (inclusive) that have no row for `areaId`. */
export function missingDays(
	rows: readonly ModelRow[],
	areaId: string,
	from: string,
	to: string
): string[] {
	const have = new Set(rows.filter((r) => r.area_id === areaId).map((r) => r.date));
	const out: string[] = [];
	const end = Date.parse(`${to}T00:00:00Z`);
	for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
		const day = new Date(t).toISOString().slice(0, 10);
		if (!have.has(day)) out.push(day);
	}
	return out;
}

/** The file's text: header, rows, LF line ends, a final newline. */
export function formatModelCsv(rows: readonly ModelRow[]): string {
	return `${csvFormat(rows as ModelRow[], [...MODEL_COLUMNS])}\n`;
}
