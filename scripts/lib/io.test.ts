import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceJson, sourceLines, sourcesDirFromArgs, writeFeatureCollection } from './io';

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
