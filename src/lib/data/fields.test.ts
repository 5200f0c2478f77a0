import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	boundedNumber,
	count,
	date,
	httpsUrl,
	optionalCount,
	optionalDate,
	optionalNumber,
	optionalText,
	optionalTime,
	text,
	time,
	wholeNumber
} from './fields';

const ok = (schema: v.GenericSchema, input: unknown) => v.safeParse(schema, input).success;

describe('dates and times', () => {
	it('accepts calendar dates only', () => {
		expect(ok(date(), '2024-02-29')).toBe(true);
		expect(ok(date(), '2024-05-32')).toBe(false);
		expect(ok(date(), '2023-02-29')).toBe(false);
		expect(ok(optionalDate(), '')).toBe(true);
		expect(ok(optionalDate(), '2024-06-31')).toBe(false);
	});

	it('accepts 24-hour times only', () => {
		expect(ok(time(), '23:59')).toBe(true);
		expect(ok(time(), '24:00')).toBe(false);
		expect(ok(time(), '12:60')).toBe(false);
		expect(ok(optionalTime(), '')).toBe(true);
		expect(ok(optionalTime(), '99:99')).toBe(false);
	});
});

describe('numbers', () => {
	it('takes counts as plain digits within their bound', () => {
		expect(v.parse(count(5000), '50')).toBe(50);
		expect(v.parse(optionalCount(5000), '')).toBeUndefined();
		for (const bad of ['-5', '5001', '1e3', '007', '1,000', '12345678901234567890', '5.0', 'NaN'])
			expect(ok(optionalCount(5000), bad), bad).toBe(false);
	});

	it('takes decimals within their bounds, negative ones too', () => {
		expect(v.parse(optionalNumber(-100, 1000), '-67')).toBe(-67);
		expect(v.parse(optionalNumber(-100, 1000), '6.3')).toBe(6.3);
		for (const bad of ['-101', '1e2', 'Infinity', '--1', '.5', '1001'])
			expect(ok(optionalNumber(-100, 1000), bad), bad).toBe(false);
	});

	it('bounds numbers in GeoJSON properties, which JSON can make infinite', () => {
		expect(ok(wholeNumber(1, 1000), 93)).toBe(true);
		expect(ok(wholeNumber(1, 1000), 9.5)).toBe(false);
		expect(ok(boundedNumber(0, 400), JSON.parse('1e999'))).toBe(false);
		expect(ok(boundedNumber(0, 400), '6.3')).toBe(false);
	});
});

const messages = (schema: v.GenericSchema, input: unknown) =>
	v.safeParse(schema, input).issues?.map((i) => i.message) ?? [];

describe('text', () => {
	it('rejects bidirectional controls and other control characters, naming them', () => {
		expect(messages(text(200), 'OCHA\u202E oPt')).toEqual([
			'contains U+202E (a bidirectional control character, which reorders the text around it) at character 5'
		]);
		for (const c of [
			'\u202A',
			'\u2066',
			'\u2069',
			'\u0000',
			'\t',
			'\n',
			'\u0085',
			'\u2028',
			'\uFFFD'
		])
			expect(ok(optionalText(200), `a${c}b`), JSON.stringify(c)).toBe(false);
	});

	it('keeps the marks and joiners Arabic text may need', () => {
		expect(ok(text(200), 'رفح\u200F (Rafah)')).toBe(true);
		expect(ok(text(200), 'می\u200Cخواهم')).toBe(true);
	});

	it('bounds the length', () => {
		expect(messages(text(2000), 'x'.repeat(100_000))).toEqual([
			'is 100000 characters long; at most 2000'
		]);
		expect(ok(text(5), 'رفح رفح')).toBe(false);
		expect(ok(text(5), '  abc  ')).toBe(true);
	});

	it('refuses a start a spreadsheet would run, unless the field states its real case', () => {
		expect(messages(optionalText(200), '=HYPERLINK("https://evil.example")')).toEqual([
			'starts with "=", which a spreadsheet would run as a formula'
		]);
		for (const bad of ['+1+1', '-x', '@SUM(A1)', ' =1+1'])
			expect(ok(optionalText(200), bad), bad).toBe(false);
		const publisher = text(200, { formulaLike: /^\+\d+ \p{L}/u });
		expect(ok(publisher, '+972 Magazine')).toBe(true);
		expect(ok(publisher, '+cmd|calc')).toBe(false);
	});

	it('passes markup through as text: it is escaped where it is shown', () => {
		const markup = '<script>alert(1)</script><img src=x onerror=alert(1)>';
		expect(v.parse(text(200), markup)).toBe(markup);
	});
});

describe('httpsUrl', () => {
	it('takes https links only', () => {
		expect(ok(httpsUrl(), 'https://www.ochaopt.org/content/x')).toBe(true);
		for (const bad of [
			'javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'http://example.org/',
			'https://',
			'https://example.org/\u202Egpj.exe',
			`https://example.org/${'a'.repeat(2000)}`
		])
			expect(ok(httpsUrl(), bad), bad.slice(0, 40)).toBe(false);
	});
});
