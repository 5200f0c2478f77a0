/**
 * The data gate against hostile records (tests/data/hostile.ts): every damaged copy of the real data is
 * rejected with a message naming file, record and field, never a crash or silent acceptance; markup
 * passes through as the very text the file held, and no hostile link becomes one a reader can follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/lib/data/links';
import { formatIssue } from '../../src/lib/data/table';
import { issuesFor, projectRoot, situationWith } from './fixtures';
import { HOSTILE_LINKS, INERT, REJECTED } from './hostile';

describe('hostile records the gate rejects', () => {
	for (const c of REJECTED) {
		it(`rejects ${c.name}, naming ${c.record} › ${c.field}`, () => {
			const issues = issuesFor(c.file, c.edit);
			expect(issues).toContainEqual({
				file: c.file,
				record: c.record,
				field: c.field,
				message: typeof c.message === 'string' ? c.message : expect.stringMatching(c.message)
			});
			for (const issue of issues) expect(formatIssue(issue)).not.toMatch(/[\n\u202a-\u202e]/);
		});
	}
});

describe('markup the gate lets through', () => {
	for (const c of INERT) {
		it(`keeps ${c.name} as the text the file held`, () => {
			expect(c.read(situationWith(c.file, c.edit))).toBe(c.text);
		});
	}

	it('never turns a hostile link into one a reader can follow', () => {
		for (const link of HOSTILE_LINKS) expect(safeHref(link), link).toBeUndefined();
	});

	it('has no app code that renders a string as HTML', () => {
		const src = join(projectRoot, 'src');
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(svelte|ts)$/.test(f)
		);
		const rendering = files.filter((f) =>
			/\{@html|\.innerHTML|\.outerHTML|insertAdjacentHTML|setHTML\(/.test(
				readFileSync(join(src, f), 'utf8')
			)
		);
		expect(rendering).toEqual([]);
	});
});
