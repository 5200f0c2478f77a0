import { describe, expect, it } from 'vitest';
import { choroplethAssessment, damageClass, damageFeatures } from './damage';
import type { DamageFigure } from './schemas/damage';

function createFigure(over: Partial<DamageFigure>): DamageFigure {
	return {
		id: 'dmg-0001',
		area_id: 'muni-a',
		date: '2025-10-11',
		metric: 'damaged_structures',
		value: 100,
		method: 'optical',
		source_id: 'unosat',
		...over
	} as DamageFigure;
}

function createMunicipalities(ids: string[]) {
	return {
		type: 'FeatureCollection' as const,
		features: ids.map((id) => ({
			type: 'Feature' as const,
			properties: {
				id,
				name_en: id,
				kind: 'municipality' as const,
				governorate_id: 'area-g',
				share_in_governorate_pct: 100,
				area_km2_computed: 1,
				derived_from: 'test'
			},
			geometry: { type: 'Polygon' as const, coordinates: [] }
		}))
	};
}

describe('choroplethAssessment', () => {
	it('is the latest date at which every municipality has a UNOSAT count', () => {
		const figures = [
			createFigure({ id: 'dmg-1', area_id: 'muni-a', date: '2024-07-06' }),
			createFigure({ id: 'dmg-2', area_id: 'muni-b', date: '2024-07-06' }),
			createFigure({ id: 'dmg-3', area_id: 'muni-a', date: '2025-10-11' }),
			createFigure({ id: 'dmg-4', area_id: 'muni-b', date: '2025-10-11' }),
			// Only one municipality at a later date: that date is not a whole map.
			createFigure({ id: 'dmg-5', area_id: 'muni-a', date: '2025-12-01' })
		];
		expect(choroplethAssessment(['muni-a', 'muni-b'], figures)).toBe('2025-10-11');
	});

	it('ignores radar estimates and other metrics', () => {
		const figures = [
			createFigure({ id: 'dmg-1', area_id: 'muni-a', date: '2024-05-18', method: 'radar' }),
			createFigure({ id: 'dmg-2', area_id: 'muni-a', metric: 'newly_damaged_structures' })
		];
		expect(choroplethAssessment(['muni-a'], figures)).toBeUndefined();
	});

	it('has no assessment without municipalities', () => {
		expect(choroplethAssessment([], [createFigure({})])).toBeUndefined();
	});
});

describe('damageClass', () => {
	it('puts each bound in the class it starts', () => {
		expect(damageClass(0)).toBe('under-1000');
		expect(damageClass(999)).toBe('under-1000');
		expect(damageClass(1_000)).toBe('1000-4999');
		expect(damageClass(19_999)).toBe('5000-19999');
		expect(damageClass(20_000)).toBe('20000-plus');
	});
});

describe('damageFeatures', () => {
	it('gives each municipality its count and class at the mapped assessment, and none where it has none', () => {
		const fc = damageFeatures(createMunicipalities(['muni-a', 'muni-b']), [
			createFigure({ id: 'dmg-1', area_id: 'muni-a', value: 27187 }),
			createFigure({ id: 'dmg-2', area_id: 'muni-b', value: 695 }),
			createFigure({ id: 'dmg-3', area_id: 'muni-b', value: 700 })
		]);
		expect(fc.features.map((f) => f.properties)).toMatchObject([
			{
				id: 'muni-a',
				damaged_structures: 27187,
				damage_class: '20000-plus',
				assessment: '2025-10-11'
			},
			// Two sources for one municipality and date: the lowest is drawn.
			{ id: 'muni-b', damaged_structures: 695, damage_class: 'under-1000' }
		]);
		const none = damageFeatures(createMunicipalities(['muni-a', 'muni-c']), [createFigure({})]);
		expect(none.features.every((f) => !('damage_class' in f.properties))).toBe(true);
	});
});
