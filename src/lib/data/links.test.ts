import { describe, expect, it } from 'vitest';
import { safeHref } from './links';

describe('safeHref', () => {
	it('keeps https and http links', () => {
		expect(safeHref('https://www.ochaopt.org/content/x')).toBe('https://www.ochaopt.org/content/x');
		expect(safeHref('http://example.org/a')).toBe('http://example.org/a');
	});

	it('refuses script, data and relative URLs', () => {
		expect(safeHref('javascript:alert(1)')).toBeUndefined();
		expect(safeHref('data:text/html,<b>x</b>')).toBeUndefined();
		expect(safeHref('/relative/path')).toBeUndefined();
		expect(safeHref(undefined)).toBeUndefined();
	});
});
