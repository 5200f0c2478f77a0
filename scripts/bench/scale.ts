/**
 * How the design holds as the data grows: the real strikes replicated (with new ids, spread over the
 * period and the area, deterministically) to 10,000 and 100,000 incidents. For each size it prints
 * the bytes of the strikes' map, records and texts files (what the explorer fetches by URL; the page itself
 * carries none of it), the time to build the per-feature timelines once, and what one day's step of
 * the date control costs: how many feature-states it sets and its main-thread time, as a ratio to the
 * real data's step measured in the same run (machines here are shared and noisy). `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import { dateAt, dayCount } from '../../src/lib/data/dates';
import type { ExplorerRecords } from '../../src/lib/data/explorer-data';
import { splitTexts } from '../../src/lib/data/record-texts';
import { datasetMap, datasetRecords } from '../../src/lib/datasets/app-files';
import { stateChanges } from '../../src/lib/map/date-states';
import { layerTimelines } from '../../src/lib/map/registry';
import { synthetic } from './synthetic';

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

function time<T>(fn: () => T, repeat = 1): { value: T; ms: number } {
	const t0 = performance.now();
	let value = fn();
	for (let i = 1; i < repeat; i++) value = fn();
	return { value, ms: (performance.now() - t0) / repeat };
}

interface Row {
	strikes: number;
	mapGzip: number;
	recordsGzip: number;
	textsGzip: number;
	timelinesMs: number;
	stepStates: number;
	stepMs: number;
	firstStates: number;
}

function measure(n: number): Row {
	const s = synthetic(n);
	const features = datasetMap(s, 'strikes');
	const map = JSON.stringify(features);
	const published = splitTexts(datasetRecords(s, 'strikes', features));
	// The explorer's records: the situation with what the strikes' records file adds (the grades).
	const explorer = {
		...s,
		...datasetRecords(s, 'strikes', features)
	} as unknown as ExplorerRecords;
	const built = time(() => layerTimelines(explorer));
	const t = built.value;
	const first = stateChanges(t, null, { to: '2024-06-30' });
	// Step through every day of the period, one at a time, as playback would.
	let states = 0;
	const days = dayCount();
	const step = time(() => {
		states = 0;
		for (let i = 1; i < days; i++)
			states += stateChanges(t, { to: dateAt(i - 1) }, { to: dateAt(i) }).length;
		return states;
	}, 5);
	return {
		strikes: s.strikes.length,
		mapGzip: gz(map),
		recordsGzip: gz(JSON.stringify(published.index)),
		textsGzip: gz(JSON.stringify(published.texts)),
		timelinesMs: built.ms,
		stepStates: Math.round(states / (days - 1)),
		stepMs: step.ms / (days - 1),
		firstStates: first.length
	};
}

const rows = [measure(0), measure(10_000), measure(100_000)];
const base = rows[0]!;
console.log('Strikes at scale (Node, the explorer’s own code)');
console.log(
	'strikes   map gzip KiB  records gzip KiB  texts gzip KiB  timelines ms  states/first view  states/step  step ms (× real)'
);
for (const r of rows)
	console.log(
		`${String(r.strikes).padStart(7)} ${kib(r.mapGzip).padStart(13)} ${kib(r.recordsGzip).padStart(17)} ${kib(r.textsGzip).padStart(15)} ${r.timelinesMs.toFixed(1).padStart(13)} ${String(r.firstStates).padStart(18)} ${String(r.stepStates).padStart(12)} ${r.stepMs.toFixed(3).padStart(9)} (${(r.stepMs / base.stepMs).toFixed(0)}×)`
	);
console.log(
	'The page itself carries no records at any size: index.html and its data file hold only the addresses of these files.'
);
