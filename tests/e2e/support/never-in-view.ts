/**
 * An init script for a page whose embed never comes into view, as one far down an article: no
 * IntersectionObserver ever reports, so the map waits. Used by the byte guard and the embed bench.
 */
export function neverInView() {
	window.IntersectionObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
		takeRecords() {
			return [];
		}
	} as unknown as typeof IntersectionObserver;
}
