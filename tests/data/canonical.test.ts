/**
 * Curated files are kept in canonical form (`npm run data:format`), so every diff is a real edit.
 */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../scripts/lib/csv-format';
import { formatFeatureCollection } from '../../scripts/lib/geojson-format';
import { GEOJSON_FILES, TABLES } from '../../scripts/lib/data-files';
import { readReal } from './fixtures';

describe('canonical form', () => {
	for (const spec of TABLES) {
		it(`${spec.file} is formatted`, () => {
			const text = readReal(spec.file);
			expect(formatTable(text, spec)).toBe(text);
		});
	}
	for (const file of GEOJSON_FILES) {
		it(`${file} is formatted`, () => {
			const text = readReal(file);
			expect(formatFeatureCollection(JSON.parse(text) as FeatureCollection)).toBe(text);
		});
	}
});
