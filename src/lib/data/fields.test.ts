import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { date, optionalDate, optionalTime, time } from './fields';

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
