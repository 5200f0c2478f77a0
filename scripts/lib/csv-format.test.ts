import { describe, expect, it } from 'vitest';
import { formatTable, table } from './csv-format';

const spec = table('x.csv', { entries: { id: 0, lon: 0, lat: 0, note: 0 } }, ['id']);

describe('formatTable', () => {
	it('orders columns by schema, sorts rows by key and writes 6-decimal coordinates', () => {
		const input = 'note,lat,lon,id\r\n b ,31.27,34.25,strike-0002\na,31.2,34.2,strike-0001\n';
		expect(formatTable(input, spec)).toBe(
			'id,lon,lat,note\nstrike-0001,34.200000,31.200000,a\nstrike-0002,34.250000,31.270000,b\n'
		);
	});

	it('is stable: formatting its own output changes nothing', () => {
		const once = formatTable('id,lon,lat,note\nb,1,2,"x, y"\na,3,4,\n', spec);
		expect(formatTable(once, spec)).toBe(once);
	});

	it('keeps unknown columns after the known ones instead of dropping data', () => {
		expect(formatTable('id,extra\na,1\n', spec)).toBe('id,lon,lat,note,extra\na,,,,1\n');
	});

	it('refuses a table with broken quoting rather than rewrite its merged rows', () => {
		const before = 'id,lon,lat,note\na,1,2,"open\nb,3,4,x\n';
		expect(() => formatTable(before, spec)).toThrow(/x\.csv › a \(line 2\) › note/);
	});
});
