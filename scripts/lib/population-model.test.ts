import { describe, expect, it } from 'vitest';
import { formatModelCsv, missingDays, modelRows, type ModelOptions } from './population-model';

const HEADER = '"ADM2_PCODE","ADM2_EN","collection_date","agesex","mau_lower","pop_mau_lower"';
const line = (pcode: string, name: string, date: string, agesex: string, value: string) =>
	`"${pcode}","${name}","${date}","${agesex}",1000,${value}`;

const OPTIONS: ModelOptions = {
	areas: [
		{ pcode: 'PS0275', name: 'Rafah', areaId: 'area-rafah-governorate', key: 'rafah' },
		{
			pcode: 'PS0270',
			name: 'Khan Younis',
			areaId: 'area-khan-younis-governorate',
			key: 'khan-younis'
		}
	],
	agesex: 'T_18Plus',
	from: '2024-05-01',
	to: '2024-05-03',
	metric: 'adults_modelled',
	sourceId: 'darin'
};

const SOURCE = [
	HEADER,
	line('PS0275', 'Rafah', '2024-05-02', 'T_18Plus', '681254.054124697'),
	line('PS0275', 'Rafah', '2024-05-01', 'T_18Plus', '691336.538012377'),
	line('PS0275', 'Rafah', '2024-05-01', 'F_18Plus', '300000.2'),
	line('PS0275', 'Rafah', '2024-04-30', 'T_18Plus', '684513.6'),
	line('PS0275', 'Rafah', '2024-05-04', 'T_18Plus', '661639.6'),
	line('PS0270', 'Khan Younis', '2024-05-03', 'T_18Plus', '200000.49'),
	line('PS0255', 'North Gaza', '2024-05-01', 'T_18Plus', '100000')
].join('\n');

describe('modelRows', () => {
	it('keeps the chosen governorates, group and days, rounded, sorted by id', () => {
		const rows = modelRows(SOURCE, OPTIONS);
		expect(rows.map((r) => [r.id, r.area_id, r.date, r.value])).toEqual([
			['popmodel-khan-younis-2024-05-03', 'area-khan-younis-governorate', '2024-05-03', '200000'],
			['popmodel-rafah-2024-05-01', 'area-rafah-governorate', '2024-05-01', '691337'],
			['popmodel-rafah-2024-05-02', 'area-rafah-governorate', '2024-05-02', '681254']
		]);
		expect(rows[0]).toMatchObject({ metric: 'adults_modelled', source_id: 'darin', note: '' });
	});

	it('refuses a governorate named differently from what its code says', () => {
		const text = SOURCE.replace('"PS0270","Khan Younis"', '"PS0270","Rafah"');
		expect(() => modelRows(text, OPTIONS)).toThrow(/PS0270 is named "Rafah"/);
	});

	it('refuses a chosen governorate the file does not have', () => {
		const text = SOURCE.split('\n')
			.filter((l) => !l.includes('PS0270'))
			.join('\n');
		expect(() => modelRows(text, OPTIONS)).toThrow(/no T_18Plus rows for PS0270/);
	});

	it('refuses a negative or missing value and a repeated day, naming the line', () => {
		expect(() => modelRows(SOURCE.replace('681254.054124697', '-5'), OPTIONS)).toThrow(
			/line 2: bad value "-5"/
		);
		expect(() => modelRows(SOURCE.replace('681254.054124697', ''), OPTIONS)).toThrow(
			/line 2: bad value/
		);
		const repeated = `${SOURCE}\n${line('PS0275', 'Rafah', '2024-05-02', 'T_18Plus', '1')}`;
		expect(() => modelRows(repeated, OPTIONS)).toThrow(/line 9: a second row for PS0275/);
	});

	it('refuses a date that is not YYYY-MM-DD', () => {
		expect(() => modelRows(SOURCE.replace('2024-05-02', '02/05/2024'), OPTIONS)).toThrow(
			/bad date "02\/05\/2024"/
		);
	});
});

describe('missingDays', () => {
	it('lists the days of the range an area has no row for', () => {
		const rows = modelRows(SOURCE, OPTIONS);
		expect(missingDays(rows, 'area-rafah-governorate', '2024-05-01', '2024-05-03')).toEqual([
			'2024-05-03'
		]);
		expect(missingDays(rows, 'area-khan-younis-governorate', '2024-05-01', '2024-05-03')).toEqual([
			'2024-05-01',
			'2024-05-02'
		]);
	});
});

describe('formatModelCsv', () => {
	it('writes the project columns with a final newline', () => {
		const text = formatModelCsv(modelRows(SOURCE, OPTIONS));
		const lines = text.split('\n');
		expect(lines[0]).toBe('id,area_id,date,metric,value,source_id,note');
		expect(lines[1]).toBe(
			'popmodel-khan-younis-2024-05-03,area-khan-younis-governorate,2024-05-03,adults_modelled,200000,darin,'
		);
		expect(text.endsWith('\n')).toBe(true);
		expect(lines).toHaveLength(5);
	});
});
