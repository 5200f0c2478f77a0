import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { mergeFigures, municipalFigureRows, roundRows, selectMunicipalities } from './damage';

const square = (x: number, y: number, d: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + d, y],
			[x + d, y + d],
			[x, y + d],
			[x, y]
		]
	]
});

function createCollection(features: { name: string; geometry: Polygon; props?: object }[]) {
	return {
		type: 'FeatureCollection',
		features: features.map((f) => ({
			type: 'Feature',
			properties: { name: f.name, ...f.props },
			geometry: f.geometry
		}))
	} as FeatureCollection;
}

const GOVERNORATE = square(34.2, 31.2, 0.1);
const inside = square(34.21, 31.21, 0.02);
const straddling = square(34.29, 31.25, 0.02); // half inside
const outside = square(34.5, 31.5, 0.02);
const municipal = createCollection([
	{ name: 'Rafah', geometry: inside },
	{ name: 'Unnamed municipality', geometry: straddling },
	{ name: 'Far', geometry: outside }
]);
const damage = createCollection([
	{
		name: 'Rafah',
		geometry: inside,
		props: { damage_sites: 27187, assessment_date: '2025-10-11' }
	},
	{
		name: 'Unnamed municipality',
		geometry: straddling,
		props: { damage_sites: 695, assessment_date: '2025-10-11' }
	},
	{ name: 'Far', geometry: outside, props: { damage_sites: 5, assessment_date: '2025-10-11' } }
]);
const KEYS = [
	{ name: 'Rafah', id: 'muni-rafah', name_en: 'Rafah', name_ar: 'رفح' },
	{ name: 'Unnamed municipality', near: [34.3, 31.26], id: 'muni-x', name_en: 'X', name_ar: 'س' }
];

describe('selectMunicipalities', () => {
	it('keeps those mostly inside the governorate, joined to the damage feature of the same outline', () => {
		const selected = selectMunicipalities(municipal, damage, GOVERNORATE, KEYS, 0.4);
		expect(selected.map((s) => [s.key.id, Math.round(s.share * 10) / 10])).toEqual([
			['muni-rafah', 1],
			['muni-x', 0.5]
		]);
		expect(selectMunicipalities(municipal, damage, GOVERNORATE, KEYS, 0.6)).toHaveLength(1);
	});

	it('fails on a selected municipality with no count, never filling one in', () => {
		const noCount = createCollection([{ name: 'Rafah', geometry: inside }]);
		expect(() => selectMunicipalities(municipal, noCount, GOVERNORATE, KEYS, 0.9)).toThrow(
			'muni-rafah: damage_sites is undefined'
		);
	});

	it('fails on a selected municipality no key names', () => {
		expect(() => selectMunicipalities(municipal, damage, GOVERNORATE, KEYS.slice(1), 0.9)).toThrow(
			'no key for municipality "Rafah"'
		);
	});
});

/** Rafah's row of the UNOSAT file, as the derivation writes it, with a note. */
const rafahRow = (note: string) => ({
	id: 'dmg-unosat-rafah-2025-10-11',
	area_id: 'muni-rafah',
	date: '2025-10-11',
	since: '',
	metric: 'damaged_structures',
	value: '27187',
	method: 'optical',
	source_id: 'src',
	note
});

describe('figure rows', () => {
	it('writes one damaged-structures row per municipality at the damage file’s date', () => {
		const selected = selectMunicipalities(municipal, damage, GOVERNORATE, KEYS, 0.9);
		expect(municipalFigureRows(selected, 'src', () => 'n')).toEqual([rafahRow('n')]);
	});

	it('writes the Gaza-wide rounds asked for and fails on one the timeline lacks', () => {
		const rounds = {
			gaza_damage: { timeline: [{ round: 7, date: '2024-05-03', sites_assessed: 135619 }] }
		};
		expect(roundRows(rounds, ['2024-05-03'], 'area-gaza-strip', 'src', 'n')[0]).toMatchObject({
			id: 'dmg-unosat-gaza-strip-2024-05-03',
			value: '135619',
			note: 'Round 7. n'
		});
		expect(() => roundRows(rounds, ['2024-07-06'], 'area-gaza-strip', 'src', 'n')).toThrow(
			'round of 2024-07-06: 0 entries'
		);
	});

	it('replaces the derived rows and keeps those read from reports, sorted by id', () => {
		const existing =
			'id,area_id,date,since,metric,value,method,source_id,note\n' +
			'dmg-unosat-old,muni-rafah,2025-10-11,,damaged_structures,1,optical,src,\n' +
			'dmg-0001,muni-rafah,2024-07-06,,newly_damaged_structures,10100,optical,ocha,"a, b"\n';
		const derived = [rafahRow('')];
		const out = mergeFigures(existing, derived, 'src');
		expect(out.split('\n').map((l) => l.split(',')[0])).toEqual([
			'id',
			'dmg-0001',
			'dmg-unosat-rafah-2025-10-11',
			''
		]);
		expect(out).toContain('"a, b"');
		expect(mergeFigures(out, derived, 'src')).toBe(out);
	});
});
