import { describe, expect, it } from 'vitest';
import { extentAsOf, extentByPlace } from './ground-extent';
import type { GroundStatement } from './schemas/ground-operations';

function createStatement(
	over: Partial<GroundStatement> & Pick<GroundStatement, 'id' | 'date' | 'basis'>
): GroundStatement {
	return {
		place_id: 'place-al-brazil',
		source_id: 'ocha-flash-163',
		kind: 'forces-present',
		...over
	} as GroundStatement;
}

const statements = [
	createStatement({ id: 'ground-0003', date: '2024-05-18', basis: 'assessed' }),
	createStatement({ id: 'ground-0001', date: '2024-05-14', basis: 'reported' }),
	createStatement({ id: 'ground-0002', date: '2024-06-17', basis: 'claimed' }),
	createStatement({
		id: 'ground-0004',
		date: '2024-05-29',
		basis: 'claimed',
		place_id: undefined,
		line_id: 'road-philadelphi-corridor'
	})
];

describe('extentByPlace', () => {
	it('gives each place its first and last day, and its first day by basis', () => {
		const [brazil] = extentByPlace(statements);
		expect(brazil).toEqual({
			key: 'place-al-brazil',
			first: '2024-05-14',
			last: '2024-06-17',
			firstBy: { reported: '2024-05-14', assessed: '2024-05-18', claimed: '2024-06-17' },
			statements: 3
		});
	});

	it('keys a statement with no place by its line', () => {
		expect(extentByPlace(statements).map((e) => e.key)).toEqual([
			'place-al-brazil',
			'road-philadelphi-corridor'
		]);
	});

	it('does not count attacks on forces, whose place may be a launch site', () => {
		const attacks = [
			...statements,
			createStatement({
				id: 'ground-0005',
				date: '2024-05-05',
				basis: 'claimed',
				kind: 'attack-on-forces'
			}),
			createStatement({
				id: 'ground-0006',
				date: '2024-05-07',
				basis: 'reported',
				kind: 'attack-on-forces',
				place_id: 'place-rafah'
			})
		];
		expect(extentByPlace(attacks)).toEqual(extentByPlace(statements));
		expect(extentByPlace(attacks).map((e) => e.key)).not.toContain('place-rafah');
	});
});

describe('extentAsOf', () => {
	it('lists only places with a statement on or before the day', () => {
		const entries = extentByPlace(statements);
		expect(extentAsOf(entries, '2024-05-13')).toEqual([]);
		expect(extentAsOf(entries, '2024-05-14').map((e) => e.key)).toEqual(['place-al-brazil']);
		expect(extentAsOf(entries, '2024-06-30')).toHaveLength(2);
	});
});
