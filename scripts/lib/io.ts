/**
 * Command-line and file helpers shared by the derivation scripts.
 */
import { randomBytes } from 'node:crypto';
import {
	closeSync,
	existsSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { formatFeatureCollection } from './geojson-format';

/**
 * The sources directory named on the command line. The third-party sources are never part of the
 * project, so every derivation takes their location as an argument instead of assuming one.
 */
export function sourcesDirFromArgs(argv: readonly string[], usage: string): string {
	const dir = argv.find((a) => !a.startsWith('-'));
	if (!dir) throw new Error(`usage: ${usage}`);
	const abs = resolve(dir);
	if (!existsSync(abs) || !statSync(abs).isDirectory()) {
		throw new Error(`sources directory not found: ${dir}\nusage: ${usage}`);
	}
	return abs;
}

/** Reads a source file relative to the sources directory, with a clear error when it is missing. */
export function sourceText(sourcesDir: string, relative: string): string {
	const path = join(sourcesDir, relative);
	if (!existsSync(path)) throw new Error(`missing source file: ${relative}`);
	return readFileSync(path, 'utf8');
}

export function sourceJson<T = unknown>(sourcesDir: string, relative: string): T {
	return JSON.parse(sourceText(sourcesDir, relative)) as T;
}

export function sourceBuffer(sourcesDir: string, relative: string): Buffer {
	const path = join(sourcesDir, relative);
	if (!existsSync(path)) throw new Error(`missing source file: ${relative}`);
	return readFileSync(path);
}

/**
 * Writes text (creating folders) and returns its size in bytes, for the run summary. The text goes to a
 * temporary file in the same folder, flushed to disk, which then replaces `path` in one rename: a
 * script that fails or is stopped half-way leaves the curated file as it was, never cut short.
 */
export function writeText(path: string, text: string): number {
	const dir = dirname(path);
	mkdirSync(dir, { recursive: true });
	const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		const fd = openSync(temporary, 'wx');
		try {
			writeFileSync(fd, text);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		renameSync(temporary, path);
	} catch (e) {
		rmSync(temporary, { force: true });
		throw e;
	}
	return Buffer.byteLength(text);
}

/** Writes a FeatureCollection in the project's canonical form; returns bytes written. */
export function writeFeatureCollection(path: string, fc: FeatureCollection): number {
	return writeText(path, formatFeatureCollection(fc));
}

export function kib(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** The first LineString of every `.geojson` file in a sources sub-folder, keyed by file name. */
export function sourceLines(sourcesDir: string, folder: string): Map<string, Feature<LineString>> {
	const path = join(sourcesDir, folder);
	if (!existsSync(path)) throw new Error(`missing source folder: ${folder}`);
	const out = new Map<string, Feature<LineString>>();
	for (const file of readdirSync(path).sort()) {
		if (!file.endsWith('.geojson')) continue;
		const fc = sourceJson<FeatureCollection>(sourcesDir, `${folder}/${file}`);
		const line = fc.features?.find((f) => f.geometry?.type === 'LineString');
		if (line) out.set(file.replace(/\.geojson$/, ''), line as Feature<LineString>);
	}
	return out;
}
