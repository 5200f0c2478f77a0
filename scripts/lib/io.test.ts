import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	sourceJson,
	sourceLines,
	sourcesDirFromArgs,
	writeFeatureCollection,
	writeText
} from './io';

/** While set, a write stops half-way with an error, as a full disk or a killed process would. */
const disk = vi.hoisted(() => ({ failing: false }));
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
		if (!disk.failing) return fs.writeFileSync(file, data, options);
		fs.writeFileSync(file, String(data).slice(0, 3), options);
		throw new Error('ENOSPC: no space left on device');
	};
	return { ...fs, writeFileSync };
});
afterEach(() => {
	disk.failing = false;
});

const root = mkdtempSync(join(tmpdir(), 'derive-io-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sourcesDirFromArgs', () => {
	it('returns the directory given and refuses a missing one', () => {
		expect(sourcesDirFromArgs([root], 'usage')).toBe(root);
		expect(() => sourcesDirFromArgs([], 'npm run x -- <dir>')).toThrow(/usage: npm run x/);
		expect(() => sourcesDirFromArgs([join(root, 'nope')], 'u')).toThrow(/not found/);
	});
});

describe('source readers', () => {
	it('names a missing source file', () => {
		expect(() => sourceJson(root, 'a/b.json')).toThrow(/missing source file: a\/b.json/);
	});

	it('reads the first line of each route file', () => {
		mkdirSync(join(root, 'routes'));
		const line = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } },
				{
					type: 'Feature',
					properties: { a: 1 },
					geometry: {
						type: 'LineString',
						coordinates: [
							[1, 2],
							[3, 4]
						]
					}
				}
			]
		};
		writeFileSync(join(root, 'routes', 'b-route.geojson'), JSON.stringify(line));
		writeFileSync(join(root, 'routes', 'notes.txt'), 'x');
		const routes = sourceLines(root, 'routes');
		expect([...routes.keys()]).toEqual(['b-route']);
		expect(routes.get('b-route')?.properties).toEqual({ a: 1 });
	});
});

describe('writeFeatureCollection', () => {
	it('creates folders and writes canonical text', () => {
		const path = join(root, 'out', 'x.geojson');
		const bytes = writeFeatureCollection(path, {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'a' },
					geometry: { type: 'Point', coordinates: [1, 2] }
				}
			]
		});
		const text = readFileSync(path, 'utf8');
		expect(Buffer.byteLength(text)).toBe(bytes);
		expect(text.endsWith('\n]}\n')).toBe(true);
	});
});

describe('writeText', () => {
	it('replaces a file whole and leaves nothing else in its folder', () => {
		const dir = join(root, 'atomic');
		mkdirSync(dir);
		const path = join(dir, 'figures.csv');
		writeFileSync(path, 'id\nold\n');
		expect(writeText(path, 'id\nnew\n')).toBe(7);
		expect(readFileSync(path, 'utf8')).toBe('id\nnew\n');
		expect(readdirSync(dir)).toEqual(['figures.csv']);
	});

	it('leaves the old file as it was when a write fails half-way', () => {
		const dir = join(root, 'atomic-failing');
		mkdirSync(dir);
		const path = join(dir, 'figures.csv');
		writeFileSync(path, 'id\nold\n');
		disk.failing = true;
		expect(() => writeText(path, 'id\nnew\n')).toThrow(/ENOSPC/);
		expect(readFileSync(path, 'utf8')).toBe('id\nold\n');
		expect(readdirSync(dir)).toEqual(['figures.csv']);
	});
});
