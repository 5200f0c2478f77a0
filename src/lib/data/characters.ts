/**
 * Characters no curated text needs, and a printable form of any text for messages that quote data.
 */

/** What kind of character `code` is, when no curated text may contain it; undefined when it may. */
export function forbiddenKind(code: number): string | undefined {
	// Tab and line breaks included: a cell is one line of its table.
	if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'a control character';
	// Embeddings, overrides and isolates reorder what follows: one in a publisher reversed the title
	// and date printed after it. The marks U+200E, U+200F and U+061C, which only give neutral
	// characters a direction, and the joiners Arabic script uses stay allowed.
	if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
		return 'a bidirectional control character, which reorders the text around it';
	if (code === 0x2028 || code === 0x2029) return 'a line or paragraph separator';
	if (code === 0xfeff) return 'a byte-order mark';
	if (code === 0xfffd) return 'a replacement character: the file was not valid UTF-8 here';
	return undefined;
}

/** `U+202E`. */
export const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `text` as one readable line of at most `max` characters: forbidden characters written as code
 * points, the rest cut short. Gate messages quote data, and hostile data must not garble them.
 */
export function printable(text: string, max = 300): string {
	const chars = [...text].map((c) => {
		const code = c.codePointAt(0)!;
		return forbiddenKind(code) ? `<${codePoint(code)}>` : c;
	});
	return chars.length > max
		? `${chars.slice(0, max).join('')}… (${chars.length} characters)`
		: chars.join('');
}

const RECORD_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,79}$/;

/** A record's id cell as a name for messages, or undefined when it is too odd to print as one. */
export function recordLabel(raw: string | undefined): string | undefined {
	const name = raw?.trim();
	return name && RECORD_NAME.test(name) ? name : undefined;
}
