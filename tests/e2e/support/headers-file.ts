/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a path pattern on a line of its own, the
 * headers it sets indented below it, `#` comments. In a pattern `*` matches anything, `/` included, and
 * `:name` one path segment. A path takes the headers of every rule it matches, and a header set by two
 * rules gets both values joined by a comma, as Cloudflare Pages sends it: a test then sees the clash.
 */
export interface HeaderRule {
	pattern: string;
	matches: RegExp;
	headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [i, line] of text.split('\n').entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), matches: patternToRegExp(line.trim()), headers: [] });
			continue;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
		const rule = rules.at(-1);
		if (!header || !rule)
			throw new Error(`_headers line ${i + 1}: not a header of a rule: ${line}`);
		rule.headers.push([header[1]!, header[2]!]);
	}
	return rules;
}

function patternToRegExp(pattern: string): RegExp {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/** The headers a request for `path` gets, names in lower case. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		if (!rule.matches.test(path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
		}
	}
	return out;
}
