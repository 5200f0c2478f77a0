/**
 * The data gate rejects damaged files and names the file, the record and the field.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesFor, projectRoot, readReal, replaceOnce, withLine } from './fixtures';

const STRIKES = 'data/strikes/strikes.csv';
const REPORTS = 'data/strikes/reports.csv';
const SOURCES = 'data/sources/sources.csv';
const AREAS = 'data/shelter-population/shelter-population.geojson';
const MODEL = 'data/shelter-population/population-model.csv';

/** The first strike row's id and the row itself, from the real file. */
function firstStrike() {
	const line = readReal(STRIKES).split('\n')[1]!;
	return { id: line.split(',')[0]!, line };
}

describe('data gate', () => {
	it('names file, record and field for an impossible date', () => {
		const { id, line } = firstStrike();
		const bad = line.replace(/,2024-\d\d-\d\d,/, ',2024-02-30,');
		const issues = issuesFor(STRIKES, (t) => replaceOnce(t, line, bad));
		expect(issues).toContainEqual(
			expect.objectContaining({ file: STRIKES, record: id, field: 'date' })
		);
	});

	it('rejects a strike dated outside the period', () => {
		const { id, line } = firstStrike();
		const issues = issuesFor(STRIKES, (t) =>
			replaceOnce(t, line, line.replace(/,2024-\d\d-\d\d,/, ',2024-09-01,'))
		);
		expect(issues).toContainEqual(expect.objectContaining({ record: id, field: 'date' }));
	});

	it('rejects a location outside the area', () => {
		const { id, line } = firstStrike();
		const parts = line.split(',');
		const lonIndex = parts.findIndex((p) => /^34\.\d+$/.test(p));
		parts[lonIndex] = '35.200000';
		const issues = issuesFor(STRIKES, (t) => replaceOnce(t, line, parts.join(',')));
		expect(issues).toContainEqual(expect.objectContaining({ record: id, field: 'lon' }));
	});

	it('rejects a reference to an unknown source', () => {
		const { id } = firstStrike();
		const issues = issuesFor(REPORTS, (t) =>
			replaceOnce(t, new RegExp(`^${id},[^,]+,`, 'm'), `${id},no-such-source,`)
		);
		expect(issues).toContainEqual(
			expect.objectContaining({
				file: REPORTS,
				field: 'source_id',
				message: expect.stringContaining('no-such-source')
			})
		);
	});

	it('rejects a source link that is not https', () => {
		const issues = issuesFor(SOURCES, (t) => replaceOnce(t, 'https://', 'javascript://'));
		expect(issues).toContainEqual(expect.objectContaining({ file: SOURCES, field: 'url' }));
	});

	it('rejects a duplicated id', () => {
		const { id, line } = firstStrike();
		const issues = issuesFor(STRIKES, (t) => `${t.trimEnd()}\n${line}\n`);
		expect(issues).toContainEqual(
			expect.objectContaining({ record: id, field: 'id', message: 'is not unique' })
		);
	});

	it('rejects a misspelt column', () => {
		const issues = issuesFor(STRIKES, (t) => replaceOnce(t, 'uncertainty_m', 'uncertainty'));
		expect(issues).toContainEqual(
			expect.objectContaining({ record: 'header', field: 'uncertainty_m' })
		);
	});

	it('names the feature and field of a bad GeoJSON property', () => {
		const fc = JSON.parse(readReal(AREAS));
		const victim = fc.features[0].properties.id;
		fc.features[0].properties.kind = 'camp-of-sorts';
		const issues = issuesFor(AREAS, () => JSON.stringify(fc));
		expect(issues).toContainEqual(
			expect.objectContaining({ file: AREAS, record: victim, field: 'kind' })
		);
	});

	// It starts a process of its own, whose start-up alone can take seconds on a busy machine.
	it(
		'fails the command-line check, which the build runs first, with the same message',
		{ timeout: 30_000 },
		() => {
			const dir = mkdtempSync(join(tmpdir(), 'data-gate-'));
			cpSync(join(projectRoot, 'data'), join(dir, 'data'), { recursive: true });
			const { id, line } = firstStrike();
			const file = join(dir, STRIKES);
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace(
					line,
					line.replace(/,(exact|street|neighbourhood|city),/, ',somewhere,')
				)
			);
			let output = '';
			try {
				execFileSync('npx', ['tsx', 'scripts/data-check.ts', '--root', dir], {
					cwd: projectRoot,
					stdio: 'pipe'
				});
			} catch (e) {
				output = String((e as { stderr: Buffer }).stderr);
			}
			expect(output).toContain(`${STRIKES} › ${id} › precision`);
		}
	);
});

describe('data gate, references between datasets', () => {
	it('rejects a strike pointing at a place the gazetteer does not have', () => {
		const { id, line } = firstStrike();
		const bad = line.replace(/,place-[a-z0-9-]+,/, ',place-atlantis,');
		const issues = issuesFor(STRIKES, (t) => replaceOnce(t, line, bad));
		expect(issues).toContainEqual(
			expect.objectContaining({
				record: id,
				field: 'place_id',
				message: expect.stringContaining('place-atlantis')
			})
		);
	});

	it('rejects a hospital status with its interval the wrong way round', () => {
		const file = 'data/places/hospital-status.csv';
		const issues = issuesFor(file, (t) =>
			replaceOnce(t, /^(hstatus-\d+,[^,]+,[^,]+),(2024-0[5-6]-\d\d),,/m, '$1,$2,2024-04-02,')
		);
		expect(issues).toContainEqual(expect.objectContaining({ file, field: 'valid_to' }));
	});
});

describe('data gate, the modelled population series', () => {
	const record = 'popmodel-rafah-2024-05-06';
	/** The row's cells by column, edited and written back. */
	const editCell = (column: string, value: string) =>
		withLine(record, (line) => {
			const header = readReal(MODEL).split('\n')[0]!.split(',');
			const cells = line.split(',');
			cells[header.indexOf(column)] = value;
			return cells.join(',');
		});

	it('rejects a negative value, naming file, row and field', () => {
		const issues = issuesFor(MODEL, editCell('value', '-677443'));
		expect(issues).toContainEqual(expect.objectContaining({ file: MODEL, record, field: 'value' }));
	});

	it('rejects an impossible date', () => {
		const issues = issuesFor(MODEL, editCell('date', '2024-05-32'));
		expect(issues).toContainEqual(expect.objectContaining({ file: MODEL, record, field: 'date' }));
	});

	it('rejects an area the areas file does not have', () => {
		const issues = issuesFor(MODEL, editCell('area_id', 'area-gaza-city-governorate'));
		expect(issues).toContainEqual(
			expect.objectContaining({
				file: MODEL,
				record,
				field: 'area_id',
				message: expect.stringContaining('area-gaza-city-governorate')
			})
		);
	});

	it('rejects a second value for the same area and day', () => {
		const issues = issuesFor(
			MODEL,
			withLine(record, (line) => `${line}\n${line.replace(record, 'popmodel-rafah-copy')}`)
		);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: MODEL, field: 'id', message: 'is not unique' })
		);
	});
});
