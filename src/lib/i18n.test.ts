import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './data/describe';
import { formatRange } from './data/figures';
import { intlLocale, textDirection, termKey } from './i18n';
import { overwriteGetLocale } from './paraglide/runtime';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('messages', () => {
	const en = read('messages/en.json') as Record<string, string>;
	const ar = read('messages/ar.json') as Record<string, string>;

	it('exist in both languages, with the same placeholders', () => {
		expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
		for (const key of Object.keys(en))
			expect(placeholders(ar[key]!), key).toEqual(placeholders(en[key]!));
	});

	it('are compiled from local plugin files only, never from a URL', () => {
		const settings = read('project.inlang/settings.json') as { modules: string[] };
		expect(settings.modules.length).toBeGreaterThan(0);
		for (const m of settings.modules) expect(m).toMatch(/^\.\/node_modules\//);
	});
});

describe('formatting in Arabic', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('writes dates with Arabic month names and Western digits', () => {
		overwriteGetLocale(() => 'ar');
		const date = formatDate('2024-05-26');
		expect(date).toMatch(/مايو|أيار/);
		expect(date).toContain('26');
		expect(formatNumber(1400000)).toMatch(/^1[,٬.]?400[,٬.]?000$/);
		expect(formatRange({ min: 35, max: 45, sources: 2 })).toMatch(/35.*45/);
	});

	it('names the direction and the Intl locale of each language', () => {
		expect(textDirection('ar')).toBe('rtl');
		expect(textDirection('en')).toBe('ltr');
		expect(intlLocale('ar')).toBe('ar-u-nu-latn');
		expect(termKey('dataset_shelter-population', 'title')).toBe('dataset_shelter_population_title');
	});
});
