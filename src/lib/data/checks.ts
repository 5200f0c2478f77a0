/**
 * Cross-checks between curated tables, run after every file has passed its schema: unique ids,
 * references that resolve, dates inside the period, intervals and ranges the right way round.
 */
import { CONTEXT_PERIOD, EVENT_PERIOD, VOLUME_PERIOD } from './dates';
import { DATA_FILES } from './files';
import type { Situation } from './situation';
import type { DataIssue } from './table';

type Range = { from: string; to: string };
const EVENT_RANGE: Range = EVENT_PERIOD;
const CONTEXT_RANGE: Range = CONTEXT_PERIOD;
const VALIDITY: [string, string] = ['valid_from', 'valid_to'];
const PERIOD: [string, string] = ['period_from', 'period_to'];
const VOLUME_RANGE: Range = VOLUME_PERIOD;

export function crossChecks(s: Situation): DataIssue[] {
	const issues: DataIssue[] = [];
	const add = (file: string, record: string, field: string, message: string) =>
		issues.push({ file, record, field, message });

	function unique<T>(file: string, rows: T[], key: (row: T) => string) {
		const seen = new Set<string>();
		for (const row of rows) {
			const k = key(row);
			if (seen.has(k)) add(file, k, 'id', 'is not unique');
			seen.add(k);
		}
		return seen;
	}
	function inRange(
		file: string,
		record: string,
		field: string,
		value: string | undefined,
		r = CONTEXT_RANGE
	) {
		if (value !== undefined && (value < r.from || value > r.to))
			add(file, record, field, `${value} is outside ${r.from} – ${r.to}`);
	}
	function resolves(file: string, record: string, field: string, value: string, ids: Set<string>) {
		if (!ids.has(value)) add(file, record, field, `refers to unknown id "${value}"`);
	}

	const sourceIds = unique(DATA_FILES.sources, s.sources, (r) => r.id);
	const strikeIds = unique(DATA_FILES.strikes, s.strikes, (r) => r.id);
	const areaIds = unique(DATA_FILES.areas, s.areas.features, (f) => f.properties.id);
	const crossingIds = unique(DATA_FILES.crossings, s.crossings, (r) => r.id);
	unique(DATA_FILES.population, s.population, (r) => r.id);
	unique(DATA_FILES.crossingStatus, s.crossingStatus, (r) => r.id);
	unique(DATA_FILES.aidVolume, s.aidVolume, (r) => r.id);
	unique(DATA_FILES.routes, s.routes.features, (f) => f.properties.id);
	unique(DATA_FILES.trucksDaily, s.trucksDaily, (r) => `${r.date}/${r.crossing_id}`);
	// One source may give a toll and, separately, a party's claim: only exact repeats are errors.
	unique(DATA_FILES.strikeReports, s.strikeReports, (r) =>
		[r.strike_id, r.source_id, r.killed, r.injured, r.claim, r.note].join('/')
	);

	/** An interval with either end unstated, but not both, inside the period and the right way round. */
	function interval(
		file: string,
		record: string,
		[fromField, toField]: [string, string],
		from: string | undefined,
		to: string | undefined,
		range = CONTEXT_RANGE
	) {
		inRange(file, record, fromField, from, range);
		inRange(file, record, toField, to, range);
		if (from === undefined && to === undefined)
			add(file, record, fromField, `needs ${fromField} or ${toField}`);
		if (from !== undefined && to !== undefined && to < from)
			add(file, record, toField, `is before ${fromField}`);
	}

	const cited = new Set<string>();
	const cite = (file: string, record: string, id: string) => {
		cited.add(id);
		resolves(file, record, 'source_id', id, sourceIds);
	};

	const placeIds = unique(DATA_FILES.places, s.places, (r) => r.id);
	for (const r of s.strikes) {
		inRange(DATA_FILES.strikes, r.id, 'date', r.date, EVENT_RANGE);
		if (r.place_id !== undefined)
			resolves(DATA_FILES.strikes, r.id, 'place_id', r.place_id, placeIds);
	}
	for (const r of s.places)
		if ((r.lon === undefined) !== (r.lat === undefined))
			add(DATA_FILES.places, r.id, 'lat', 'lon and lat must both be given or both be empty');
	unique(DATA_FILES.hospitalStatus, s.hospitalStatus, (r) => r.id);
	for (const r of s.hospitalStatus) {
		resolves(DATA_FILES.hospitalStatus, r.id, 'place_id', r.place_id, placeIds);
		cite(DATA_FILES.hospitalStatus, r.id, r.source_id);
		interval(DATA_FILES.hospitalStatus, r.id, VALIDITY, r.valid_from, r.valid_to);
	}
	const reported = new Set<string>();
	for (const r of s.strikeReports) {
		const rec = `${r.strike_id}/${r.source_id}`;
		resolves(DATA_FILES.strikeReports, rec, 'strike_id', r.strike_id, strikeIds);
		cite(DATA_FILES.strikeReports, rec, r.source_id);
		reported.add(r.strike_id);
	}
	for (const id of strikeIds)
		if (!reported.has(id)) add(DATA_FILES.strikes, id, 'id', 'has no source in reports.csv');

	for (const r of s.population) {
		resolves(DATA_FILES.population, r.id, 'area_id', r.area_id, areaIds);
		cite(DATA_FILES.population, r.id, r.source_id);
		inRange(DATA_FILES.population, r.id, 'date', r.date);
		if (r.value === undefined && (r.value_min === undefined || r.value_max === undefined))
			add(DATA_FILES.population, r.id, 'value', 'needs a value or both value_min and value_max');
		if (r.value_min !== undefined && r.value_max !== undefined && r.value_min > r.value_max)
			add(DATA_FILES.population, r.id, 'value_min', 'is greater than value_max');
	}

	for (const r of s.crossingStatus) {
		resolves(DATA_FILES.crossingStatus, r.id, 'crossing_id', r.crossing_id, crossingIds);
		cite(DATA_FILES.crossingStatus, r.id, r.source_id);
		interval(DATA_FILES.crossingStatus, r.id, VALIDITY, r.valid_from, r.valid_to);
	}
	for (const r of s.aidVolume) {
		if (r.crossing_id !== 'all')
			resolves(DATA_FILES.aidVolume, r.id, 'crossing_id', r.crossing_id, crossingIds);
		cite(DATA_FILES.aidVolume, r.id, r.source_id);
		interval(DATA_FILES.aidVolume, r.id, PERIOD, r.period_from, r.period_to, VOLUME_RANGE);
	}
	for (const r of s.trucksDaily) {
		resolves(
			DATA_FILES.trucksDaily,
			`${r.date}/${r.crossing_id}`,
			'crossing_id',
			r.crossing_id,
			crossingIds
		);
		inRange(DATA_FILES.trucksDaily, `${r.date}/${r.crossing_id}`, 'date', r.date);
	}

	const orderIds = unique(DATA_FILES.orders, s.orders.features, (f) => f.properties.id);
	unique(DATA_FILES.orderStatements, s.orderStatements, (r) => r.id);
	for (const f of s.orders.features)
		inRange(DATA_FILES.orders, f.properties.id, 'issued', f.properties.issued, EVENT_RANGE);
	for (const r of s.orderStatements) {
		resolves(DATA_FILES.orderStatements, r.id, 'order_id', r.order_id, orderIds);
		cite(DATA_FILES.orderStatements, r.id, r.source_id);
		inRange(DATA_FILES.orderStatements, r.id, 'issued', r.issued, EVENT_RANGE);
		inRange(DATA_FILES.orderStatements, r.id, 'effective', r.effective, EVENT_RANGE);
	}

	for (const id of sourceIds)
		if (!cited.has(id)) add(DATA_FILES.sources, id, 'id', 'is not cited by any record');
	return issues;
}
