import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	boundedNumber,
	count,
	date,
	optionalCount,
	optionalDate,
	optionalNumber,
	optionalTime,
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
