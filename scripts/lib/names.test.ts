import { describe, expect, it } from 'vitest';
import {
	arabicKey,
	arabicSkeleton,
	englishKey,
	namesAgree,
	slugify,
	tidyArabic,
	tidyEnglish
} from './names';

describe('tidyArabic', () => {
	it('removes tatweel, bidi marks and vowel marks', () => {
		expect(tidyArabic('المحطـة')).toBe('المحطة');
		expect(tidyArabic('الســــلام')).toBe('السلام');
		expect(tidyArabic('الزهراء\u200e')).toBe('الزهراء');
		expect(tidyArabic('المغازِي')).toBe('المغازي');
	});

	it('rejects empty and keyboard-mash names', () => {
		expect(tidyArabic('  ')).toBeUndefined();
		expect(tidyArabic('تتتتت')).toBeUndefined();
		expect(tidyArabic(null)).toBeUndefined();
	});

	it('rejects names cut off after "Abu"', () => {
		expect(tidyArabic('اللوح وأبو')).toBeUndefined();
		expect(tidyArabic('أبو هداف')).toBe('أبو هداف');
		expect(tidyArabic('بني سهيلا')).toBe('بني سهيلا');
	});
});

describe('arabicKey', () => {
	it('folds teh marbuta and alef forms', () => {
		expect(arabicKey('الزوايده')).toBe(arabicKey('الزوايدة'));
		expect(arabicKey('أم الكلاب')).toBe(arabicKey('ام الكلاب'));
		expect(arabicKey('رفح')).not.toBe(arabicKey('رفح الغربية'));
	});
});

describe('tidyEnglish', () => {
	it('joins articles with a hyphen, capitalised only at the start', () => {
		expect(tidyEnglish('Tal As-Sultan')).toBe('Tal as-Sultan');
		expect(tidyEnglish('An Naser')).toBe('An-Naser');
		expect(tidyEnglish('al-Qarara')).toBe('Al-Qarara');
		expect(tidyEnglish('Al wodd')).toBe('Al-Wodd');
		expect(tidyEnglish('Rafah Al-Gharbieh')).toBe('Rafah al-Gharbieh');
		expect(tidyEnglish("Khirbet Al-'Adas")).toBe("Khirbet al-'Adas");
	});

	it('leaves names without articles alone', () => {
		expect(tidyEnglish('City Centre')).toBe('City Centre');
		expect(tidyEnglish("Ma'in")).toBe("Ma'in");
		expect(tidyEnglish('Abu Reeda')).toBe('Abu Reeda');
	});
});

describe('englishKey', () => {
	it('matches transliteration variants', () => {
		const k = englishKey('Tal as Sultan');
		expect(englishKey('Tell al-Sultan')).toBe(k);
		expect(englishKey('Tal As-Sultan')).toBe(k);
		expect(englishKey('Khan Yunis')).toBe(englishKey('Khan Younis'));
		expect(englishKey('Deir el-Balah')).toBe(englishKey('Deir Al-Balah'));
		expect(englishKey('Shokat a-Sufi')).toBe(englishKey('Shokat as Sufi'));
		expect(englishKey('Al Fukhkhari')).toBe(englishKey('al-Fukhari'));
	});

	it('keeps different places apart', () => {
		expect(englishKey('Khan Younis')).not.toBe(englishKey("Khuza'a"));
		expect(englishKey('Rafah')).not.toBe(englishKey('Rafah Al-Gharbieh'));
	});
});

describe('namesAgree', () => {
	it('accepts an English/Arabic pair that spell the same name', () => {
		expect(arabicSkeleton('تل السلطان')).toBe(englishKey('Tal as-Sultan'));
		expect(namesAgree('Msabbeh', 'مصبّح')).toBe(true);
		expect(namesAgree('Al Wasta', 'الوسطى')).toBe(true);
		expect(namesAgree("Tabbet Zare'i", 'تبة زارع')).toBe(true);
	});

	it('rejects a pair that does not', () => {
		expect(namesAgree("Ar Rabei'i", 'الوسطى')).toBe(false);
		expect(namesAgree('Al Idari', 'الجنينة')).toBe(false);
	});
});

describe('slugify', () => {
	it('makes ASCII ids', () => {
		expect(slugify("Khirbet al-'Adas")).toBe('khirbet-al-adas');
		expect(slugify('  Tal as-Sultan ')).toBe('tal-as-sultan');
	});
});
