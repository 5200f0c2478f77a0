/** Paths of the curated files, relative to the project root, by the `Situation` field each fills. */
import { SITUATION_FILES } from '../datasets/index';
import type { Situation } from './situation';

export const DATA_FILES = Object.fromEntries(
	Object.entries(SITUATION_FILES).map(([key, file]) => [key, file.path])
) as Record<keyof Situation, string>;
