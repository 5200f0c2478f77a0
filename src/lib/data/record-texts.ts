/**
 * A dataset's records in two files: the index — every field the lists, the counts, the timeline,
 * the charts and the map's details headings read — and the texts, the summaries and notes only
 * the details show. The first view fetches the index; the texts follow when a reader first opens a
 * feature. Texts are what curation adds most of, so this keeps the first view small as data grows.
 *
 * The texts of a table are an array aligned with its rows (rows need not have an id): entry `i`
 * holds row `i`'s text fields, or null when it has none.
 */

/** The fields only the details read. */
export const TEXT_FIELDS = ['summary', 'note'] as const;

type Row = Record<string, unknown>;
export type RecordTexts = Record<string, (Record<string, string> | null)[]>;

const isRow = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Splits records into their index and their texts; joining them gives the records back. */
export function splitTexts<T extends Record<string, unknown>>(
	records: T
): { index: T; texts: RecordTexts } {
	const index: Record<string, unknown> = {};
	const texts: RecordTexts = {};
	for (const [key, value] of Object.entries(records)) {
		if (!Array.isArray(value) || !value.every(isRow)) {
			index[key] = value;
			continue;
		}
		let any = false;
		const tableTexts = value.map((row) => {
			const picked = Object.entries(row).filter(
				(e): e is [string, string] =>
					(TEXT_FIELDS as readonly string[]).includes(e[0]) && typeof e[1] === 'string'
			);
			if (picked.length === 0) return null;
			any = true;
			return Object.fromEntries(picked);
		});
		index[key] = any
			? value.map((row, i) =>
					tableTexts[i]
						? Object.fromEntries(Object.entries(row).filter(([k]) => !(k in tableTexts[i]!)))
						: row
				)
			: value;
		if (any) texts[key] = tableTexts;
	}
	return { index: index as T, texts };
}

/**
 * The records with their texts put back. A table whose texts do not line up with its rows (a
 * texts file from another data version) is left without them rather than given the wrong ones.
 */
export function joinTexts<T extends Record<string, unknown>>(index: T, texts: RecordTexts): T {
	const out: Record<string, unknown> = { ...index };
	for (const [key, tableTexts] of Object.entries(texts)) {
		const rows = index[key];
		if (!Array.isArray(rows) || rows.length !== tableTexts.length) continue;
		out[key] = rows.map((row: Row, i) => (tableTexts[i] ? { ...row, ...tableTexts[i] } : row));
	}
	return out as T;
}
