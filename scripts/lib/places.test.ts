import { describe, expect, it } from 'vitest';
import { dropConflictingArabic, mergePlaces, type PlaceCandidate } from './places';

describe('mergePlaces', () => {
	it('joins transliteration variants of one place and fills in the missing name', () => {
		const { places, merges } = mergePlaces(
			[
				{
					source: 'osm',
					kind: 'neighbourhood',
					nameEn: 'Tell al-Sultan',
					position: [34.24, 31.308]
				},
				{
					source: 'ocha',
					kind: 'neighbourhood',
					nameEn: 'Tal As-Sultan',
					nameAr: 'تل السلطان',
					position: [34.2401, 31.3081]
				}
			],
			1500
		);
		expect(places).toHaveLength(1);
		expect(places[0]).toMatchObject({ nameEn: 'Tell al-Sultan', nameAr: 'تل السلطان' });
		expect(places[0]!.sources).toEqual(['osm', 'ocha']);
		expect(merges).toHaveLength(1);
	});

	it('matches on Arabic when the English differs', () => {
		const { places } = mergePlaces(
			[
				{
					source: 'osm',
					kind: 'village',
					nameEn: 'Al-Nasr',
					nameAr: 'النصر',
					position: [34.3058, 31.2822]
				},
				{
					source: 'ocha',
					kind: 'neighbourhood',
					nameEn: 'An Naser',
					nameAr: 'النصر',
					position: [34.2985, 31.2868]
				}
			],
			1500
		);
		expect(places).toHaveLength(1);
		expect(places[0]!.kind).toBe('village');
	});

	it('keeps same-named places that are far apart', () => {
		const { places } = mergePlaces(
			[
				{ source: 'ocha', kind: 'neighbourhood', nameEn: 'As Salam', position: [34.2608, 31.2615] },
				{ source: 'ocha', kind: 'neighbourhood', nameEn: 'As Salam', position: [34.3561, 31.342] }
			],
			1500
		);
		expect(places).toHaveLength(2);
	});

	it('joins on a shared source id regardless of distance and spelling', () => {
		const { places } = mergePlaces(
			[
				{
					source: 'hotosm',
					sourceId: 'node/1',
					kind: 'village',
					nameEn: 'Shokat a-Sufi',
					position: [34.28, 31.26]
				},
				{
					source: 'osm-admin',
					sourceId: 'node/1',
					kind: 'town',
					nameEn: 'Shokat aa-Sufi',
					nameAr: 'شوكة الصوفي',
					position: [34.2, 31.2]
				}
			],
			10
		);
		expect(places).toEqual([
			expect.objectContaining({ nameEn: 'Shokat a-Sufi', nameAr: 'شوكة الصوفي', kind: 'village' })
		]);
	});
});

describe('dropConflictingArabic', () => {
	it('drops an Arabic name pasted onto a second, differently named point', () => {
		const input: PlaceCandidate[] = [
			{
				source: 'ocha',
				kind: 'neighbourhood',
				nameEn: 'Al Wasta',
				nameAr: 'الوسطى',
				position: [34.349, 31.341]
			},
			{
				source: 'ocha',
				kind: 'neighbourhood',
				nameEn: "Ar Rabei'i",
				nameAr: 'الوسطى',
				position: [34.357, 31.34]
			}
		];
		const { candidates, dropped } = dropConflictingArabic(input);
		expect(candidates[0]!.nameAr).toBe('الوسطى');
		expect(candidates[1]!.nameAr).toBeUndefined();
		expect(dropped).toHaveLength(1);
	});

	it('leaves consistent names alone', () => {
		const input: PlaceCandidate[] = [
			{
				source: 'ocha',
				kind: 'neighbourhood',
				nameEn: 'Msabbeh',
				nameAr: 'مصبّح',
				position: [34.27, 31.3]
			}
		];
		expect(dropConflictingArabic(input).dropped).toEqual([]);
	});
});
