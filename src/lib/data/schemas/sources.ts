/**
 * The registry of source documents every dataset cites: `data/sources/sources.csv`.
 */
import * as v from 'valibot';
import { httpsUrl, oneOf, optionalDate, optionalText, ref, text, TEXT_MAX } from '../fields';

export const SOURCE_KINDS = ['report', 'statement', 'news', 'dataset'] as const;

export const sourceRow = v.object({
	id: ref(),
	/** A name may start with a dialling code, as +972 Magazine does. */
	publisher: text(TEXT_MAX.name, { formulaLike: /^\+\d+ \p{L}/u }),
	/** Empty when the stored page shows no title. */
	title: optionalText(TEXT_MAX.title),
	url: httpsUrl(),
	/** Empty when the page shows no date: unknown, never guessed. */
	published: optionalDate(),
	kind: oneOf(SOURCE_KINDS)
});

export type Source = v.InferOutput<typeof sourceRow>;
