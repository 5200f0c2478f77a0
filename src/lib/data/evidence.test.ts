import { describe, expect, it } from 'vitest';
import {
	evidenceOf,
	gradeCounts,
	gradeOf,
	originOf,
	publisherClass,
	strikeEvidence
} from './evidence';

describe('originOf', () => {
	it('takes the agency a copy comes from', () => {
		expect(originOf('Reuters (via The Hindu)')).toBe('Reuters');
		expect(originOf('AFP (via Al Arabiya)')).toBe('AFP');
		expect(originOf('UN Geneva (OCHA briefing)')).toBe('UN Geneva (OCHA briefing)');
		expect(originOf('Al Jazeera')).toBe('Al Jazeera');
	});
});

describe('publisherClass', () => {
	it('knows UN agencies, the ICRC and the Palestine Red Crescent, and the wires', () => {
		expect(publisherClass('OCHA')).toBe('confirming');
		expect(publisherClass('OCHA (via PNGO Portal)')).toBe('confirming');
		expect(publisherClass('UN News (via Scoop)')).toBe('confirming');
		expect(publisherClass('ICRC (via EIN Presswire)')).toBe('confirming');
		expect(publisherClass('Palestine Red Crescent')).toBe('confirming');
		expect(publisherClass('AP (via Mint)')).toBe('wire');
		expect(publisherClass('Reuters')).toBe('wire');
		expect(publisherClass('AFP')).toBe('wire');
	});
	it('does not take a name that only begins like one', () => {
		expect(publisherClass('APnews blog')).toBe('other');
		expect(publisherClass('WHOis')).toBe('other');
		expect(publisherClass('Anadolu (via Reuters Connect)')).toBe('other');
		expect(publisherClass('The Times of Israel')).toBe('other');
	});
});

describe('gradeOf', () => {
	it('grades by the strongest and the number of independent accounts', () => {
		expect(gradeOf([])).toBe('single');
		expect(gradeOf(['Al Jazeera'])).toBe('single');
		expect(gradeOf(['Reuters (via The Hindu)', 'Reuters (via Arab News)'])).toBe('single');
		expect(gradeOf(['Reuters (via The Hindu)', 'Anadolu (via A News)'])).toBe('several');
		expect(gradeOf(['Al Jazeera', 'UNRWA'])).toBe('confirmed');
		expect(gradeOf(['OCHA'])).toBe('confirmed');
	});
});

describe('strikeEvidence', () => {
	const sources = [
		{ id: 'a', publisher: 'Reuters (via The Hindu)' },
		{ id: 'b', publisher: 'Reuters (via Arab News)' },
		{ id: 'c', publisher: 'WAFA' },
		{ id: 'd', publisher: 'OCHA' }
	];
	it('grades each strike from its reports, in the strikes’ order', () => {
		const evidence = strikeEvidence({
			strikes: [{ id: 's1' }, { id: 's2' }, { id: 's3' }, { id: 's4' }],
			strikeReports: [
				{ strike_id: 's1', source_id: 'a' },
				{ strike_id: 's1', source_id: 'b' },
				{ strike_id: 's2', source_id: 'a' },
				{ strike_id: 's2', source_id: 'c' },
				{ strike_id: 's3', source_id: 'c' },
				{ strike_id: 's3', source_id: 'd' },
				{ strike_id: 's4', source_id: 'c' },
				{ strike_id: 's4', source_id: 'missing' }
			],
			sources
		});
		expect(evidence).toEqual([
			{ strike_id: 's1', grade: 'single', origins: ['Reuters'], un_or_wire: true },
			{ strike_id: 's2', grade: 'several', origins: ['Reuters', 'WAFA'], un_or_wire: true },
			{ strike_id: 's3', grade: 'confirmed', origins: ['WAFA', 'OCHA'], un_or_wire: true },
			{ strike_id: 's4', grade: 'single', origins: ['WAFA'], un_or_wire: false }
		]);
		expect(gradeCounts(evidence)).toEqual({ single: 2, several: 1, confirmed: 1 });
	});

	it('is computed once per situation, and afresh for another', () => {
		const s = {
			strikes: [{ id: 's1' }],
			strikeReports: [{ strike_id: 's1', source_id: 'd' }],
			sources
		};
		const first = evidenceOf(s);
		expect(evidenceOf(s)).toBe(first);
		expect(first).toEqual(strikeEvidence(s));
		const other = { ...s, strikeReports: [{ strike_id: 's1', source_id: 'c' }] };
		expect(evidenceOf(other)[0]?.grade).toBe('single');
	});
});
