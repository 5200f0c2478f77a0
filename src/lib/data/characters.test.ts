import { describe, expect, it } from 'vitest';
import { printable } from './characters';
import { formatIssue } from './table';

describe('printable', () => {
	it('writes forbidden characters as code points and cuts long text short', () => {
		expect(printable('a\u202Eb\nc')).toBe('a<U+202E>b<U+000A>c');
		expect(printable('رفح')).toBe('رفح');
		expect(printable('x'.repeat(100_000), 10)).toBe('xxxxxxxxxx… (100000 characters)');
	});

	it('keeps a gate message on one readable line', () => {
		const line = formatIssue({
			file: 'data/x.csv',
			record: 'row 2',
			field: 'count',
			message: `Invalid type: Expected number but received "${'9'.repeat(1000)}\u202E\n"`
		});
		expect(line).not.toMatch(/[\n\u202E]/);
		expect(line.length).toBeLessThan(400);
	});
});
