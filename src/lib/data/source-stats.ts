import type { Source } from './schemas/sources';

/** How many cited documents each publisher has, most first. */
export function publisherCounts(
	sources: readonly Source[]
): { publisher: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const s of sources) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
	return [...counts]
		.map(([publisher, count]) => ({ publisher, count }))
		.sort((a, b) => b.count - a.count || a.publisher.localeCompare(b.publisher));
}
