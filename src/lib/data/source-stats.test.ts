import { describe, expect, it } from 'vitest';
import { publisherCounts } from './source-stats';
import type { Source } from './schemas/sources';

function createSource(id: string, publisher: string): Source {
	return {
		id,
		publisher,
		title: id,
		url: `https://example.org/${id}`,
		published: '2024-05-01',
		kind: 'report'
	};
}

describe('publisherCounts', () => {
	it('counts documents per publisher, most first then by name', () => {
		expect(
			publisherCounts([
				createSource('a', 'UNRWA'),
				createSource('b', 'OCHA'),
				createSource('c', 'OCHA'),
				createSource('d', 'AP')
			])
		).toEqual([
			{ publisher: 'OCHA', count: 2 },
			{ publisher: 'AP', count: 1 },
			{ publisher: 'UNRWA', count: 1 }
		]);
	});
});
