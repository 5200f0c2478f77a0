/**
 * Links from data are followed only when they are http(s); anything else (javascript:, data:, relative
 * paths smuggled in a CSV) is shown as text.
 */
export function safeHref(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
	} catch {
		return undefined;
	}
}
