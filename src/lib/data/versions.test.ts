import { describe, expect, it } from 'vitest';
import { DataError } from './table';
import { parseVersions, versionOf } from './versions';

const HEADER = 'version,date,changes\n';

function issues(csv: string) {
	try {
		parseVersions(csv);
	} catch (e) {
		if (e instanceof DataError)
			return e.issues.map((i) => `${i.record} › ${i.field}: ${i.message}`);
		throw e;
	}
	return [];
}

describe('data versions', () => {
	it('reads the changelog and finds the version of a hash', () => {
		const versions = parseVersions(
			`${HEADER}2026-11-01-0123abcd,2026-11-01,First\n2026-12-03-dbb3dc76,2026-12-03,"Second, with a comma"\n`
		);
		expect(versionOf('dbb3dc76', versions)).toEqual({
			version: '2026-12-03-dbb3dc76',
			date: '2026-12-03',
			changes: 'Second, with a comma'
		});
	});

	it('says how to record a version when the data has none', () => {
		const versions = parseVersions(`${HEADER}2026-11-01-0123abcd,2026-11-01,First\n`);
		expect(() => versionOf('ffffffff', versions)).toThrow(/npm run data:version/);
	});

	it('names the row and the problem', () => {
		expect(issues(`${HEADER}2026-11-01-0123abcd,2026-11-02,Date differs\n`)).toEqual([
			'2026-11-01-0123abcd › version: must begin with the row’s date'
		]);
		expect(issues(`${HEADER}v1,2026-11-01,Bad name\n`)[0]).toMatch(/^v1 › version: must be/);
		expect(
			issues(`${HEADER}2026-11-02-0123abcd,2026-11-02,A\n2026-11-01-0123abce,2026-11-01,B\n`)
		).toEqual(['2026-11-01-0123abce › version: is older than the row above it']);
		expect(issues(`${HEADER}2026-11-01-0123abcd,2026-11-01,\n`)[0]).toMatch(/changes: is required/);
	});
});
