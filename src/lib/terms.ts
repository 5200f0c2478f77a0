/**
 * Words for the data's vocabularies (strike kinds, targets, place kinds, statuses, metrics) and for
 * each dataset, in the reader's language, from the message files. A value without a message is shown
 * as the data has it.
 */
import { termKey } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

type Message = () => string;
const messages = m as unknown as Record<string, Message | undefined>;

export function term(vocabulary: string, value: string): string {
	return messages[termKey(vocabulary, value)]?.() ?? value;
}

export { datasetText } from './dataset-text';
