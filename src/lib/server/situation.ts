/**
 * Reads the curated datasets from `data/` at build time. Every prerendered page and data file goes
 * through here, so invalid data fails the build with the data gate's message.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSituation, type Situation } from '$lib/data/situation';

let cached: Situation | undefined;

export function readSituation(): Situation {
	cached ??= loadSituation((path) => readFileSync(resolve(process.cwd(), path), 'utf8'));
	return cached;
}
