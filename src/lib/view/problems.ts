/**
 * What failed to load, as data: the records, the cited documents, the map library, WebGL, the basemap
 * tiles or one layer's file. The explorer and embeds keep what did load working and list these with a
 * way to try again; the words are the notice's, in the reader's language.
 */
import type { LayerId } from './layers';

export type Problem =
	{ kind: 'records' | 'sources' | 'map' | 'webgl' | 'basemap' } | { kind: 'layer'; layer: LayerId };

/** One key per problem: a tile that fails twenty times is one notice. */
export function problemKey(p: Problem): string {
	return p.kind === 'layer' ? `layer:${p.layer}` : p.kind;
}

/** Adds a problem once, in the order they happened. */
export function withProblem(list: readonly Problem[], p: Problem): Problem[] {
	const key = problemKey(p);
	return list.some((q) => problemKey(q) === key) ? [...list] : [...list, p];
}

export function withoutProblem(list: readonly Problem[], p: Problem): Problem[] {
	const key = problemKey(p);
	return list.filter((q) => problemKey(q) !== key);
}
