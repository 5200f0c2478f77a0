/**
 * Synthetic strikes for the benchmarks: the real strikes replicated with new ids, spread over the period
 * and the area, deterministically, so every run measures the same data. Never written to data/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dateAt, dayCount } from '../../src/lib/data/dates';
import { loadSituation, type Situation } from '../../src/lib/data/situation';

export const real = loadSituation((path) => readFileSync(resolve(process.cwd(), path), 'utf8'));

/** A small deterministic generator (a linear congruential one). */
function random(seed: number) {
	let x = seed;
	return () => {
		x = (x * 1664525 + 1013904223) % 2 ** 32;
		return x / 2 ** 32;
	};
}

/** The situation with `n` strikes; the real one when `n` is no more than the real count. */
export function synthetic(n: number): Situation {
	if (n <= real.strikes.length) return real;
	const rnd = random(n);
	const strikes: Situation['strikes'] = [];
	const strikeReports: Situation['strikeReports'] = [];
	for (let i = 0; i < n; i++) {
		const base = real.strikes[i % real.strikes.length]!;
		const id = `strike-${String(i + 1).padStart(6, '0')}`;
		strikes.push({
			...base,
			id,
			date: dateAt(Math.floor(rnd() * dayCount())),
			lon: Math.round((34.22 + rnd() * 0.1) * 1e6) / 1e6,
			lat: Math.round((31.24 + rnd() * 0.08) * 1e6) / 1e6
		});
		for (const r of real.strikeReports.filter((x) => x.strike_id === base.id))
			strikeReports.push({ ...r, strike_id: id });
	}
	return { ...real, strikes, strikeReports };
}
