/**
 * Fixtures for the data gate: the real curated files, with one file replaced or edited, so each test
 * shows that one kind of damage is caught and named.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReadFile } from '../../src/lib/data/situation';

export const projectRoot = resolve(import.meta.dirname, '../..');

export function readReal(path: string): string {
	return readFileSync(resolve(projectRoot, path), 'utf8');
}

/** A reader over the real data with `path`'s text passed through `edit`. */
export function createReader(path: string, edit: (text: string) => string): ReadFile {
	return (p) => (p === path ? edit(readReal(p)) : readReal(p));
}

/** Replaces the first occurrence of `from` and fails loudly if it is not there, so a fixture can't rot silently. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
	const out = text.replace(from, to);
	if (out === text) throw new Error(`fixture: ${String(from)} not found`);
	return out;
}
