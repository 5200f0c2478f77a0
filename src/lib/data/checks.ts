/**
 * Cross-checks between curated tables, run after every file has passed its schema: unique ids,
 * references that resolve, dates inside the period, intervals and ranges the right way round. Each
 * dataset module states its own checks with the helpers here; this runs them all, then checks that
 * every listed source is cited by some record.
 */
import { DATASET_LIST } from '../datasets/index';
import { CONTEXT_PERIOD } from './dates';
import { DATA_FILES } from './files';
import type { Situation } from './situation';
import type { DataIssue } from './table';

type Range = { readonly from: string; readonly to: string };

export interface CheckContext {
	add: (file: string, record: string, field: string, message: string) => void;
	/** Reports repeated keys; returns the set of keys. */
	unique: <T>(file: string, rows: readonly T[], key: (row: T) => string) => Set<string>;
	inRange: (
		file: string,
		record: string,
		field: string,
		value: string | undefined,
		r?: Range
	) => void;
	/** Reports a reference to an id that the records of `key` do not have. */
	resolves: (
		file: string,
		record: string,
		field: string,
		value: string,
		key: keyof Situation
	) => void;
	/** A `source_id` that must be listed in the sources table; counts it as cited. */
	cite: (file: string, record: string, sourceId: string) => void;
	/** An interval with either end unstated, but not both, inside the range and the right way round. */
	interval: (
		file: string,
		record: string,
		fields: readonly [string, string],
		from: string | undefined,
		to: string | undefined,
		range?: Range
	) => void;
}

function idsOf(records: unknown): Set<string> {
	const rows = Array.isArray(records)
		? (records as { id?: string }[]).map((r) => r.id)
		: ((records as { features: { properties: { id?: string } }[] }).features ?? []).map(
				(f) => f.properties.id
			);
	return new Set(rows.filter((id): id is string => typeof id === 'string'));
}

export function crossChecks(s: Situation): DataIssue[] {
	const issues: DataIssue[] = [];
	const cited = new Set<string>();
	const ids = new Map<keyof Situation, Set<string>>();
	const idSet = (key: keyof Situation) => {
		if (!ids.has(key)) ids.set(key, idsOf(s[key]));
		return ids.get(key)!;
	};
	const ctx: CheckContext = {
		add: (file, record, field, message) => issues.push({ file, record, field, message }),
		unique(file, rows, key) {
			const seen = new Set<string>();
			for (const row of rows) {
				const k = key(row);
				if (seen.has(k)) ctx.add(file, k, 'id', 'is not unique');
				seen.add(k);
			}
			return seen;
		},
		inRange(file, record, field, value, r = CONTEXT_PERIOD) {
			if (value !== undefined && (value < r.from || value > r.to))
				ctx.add(file, record, field, `${value} is outside ${r.from} – ${r.to}`);
		},
		resolves(file, record, field, value, key) {
			if (!idSet(key).has(value)) ctx.add(file, record, field, `refers to unknown id "${value}"`);
		},
		cite(file, record, sourceId) {
			cited.add(sourceId);
			ctx.resolves(file, record, 'source_id', sourceId, 'sources');
		},
		interval(file, record, [fromField, toField], from, to, range = CONTEXT_PERIOD) {
			ctx.inRange(file, record, fromField, from, range);
			ctx.inRange(file, record, toField, to, range);
			if (from === undefined && to === undefined)
				ctx.add(file, record, fromField, `needs ${fromField} or ${toField}`);
			if (from !== undefined && to !== undefined && to < from)
				ctx.add(file, record, toField, `is before ${fromField}`);
		}
	};

	const sourceIds = ctx.unique(DATA_FILES.sources, s.sources, (r) => r.id);
	for (const dataset of DATASET_LIST) dataset.checks(s, ctx);
	for (const id of sourceIds)
		if (!cited.has(id)) ctx.add(DATA_FILES.sources, id, 'id', 'is not cited by any record');
	return issues;
}
