/**
 * MapLibre's stylesheet, as a file of its own rather than a CSS import: SvelteKit puts the CSS of
 * every module a page may import into that page's head, and an embed that has not started its map
 * should not carry it. The explorer names it in its head; the map waits for it before it is made.
 */
import href from 'maplibre-gl/dist/maplibre-gl.css?url';

export const MAPLIBRE_CSS = href;

let ready: Promise<void> | undefined;

/** Resolves once the stylesheet applies: the page's own link, or one added now. */
export function maplibreCss(): Promise<void> {
	ready ??= new Promise((resolve) => {
		const found = document.querySelector<HTMLLinkElement>('link[data-maplibre-css]');
		if (found?.sheet) return resolve();
		const link = found ?? document.createElement('link');
		// A stylesheet that fails to load leaves the controls unstyled, not the map missing.
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => resolve(), { once: true });
		if (!found) {
			link.rel = 'stylesheet';
			link.href = href;
			link.dataset.maplibreCss = '';
			document.head.append(link);
		}
	});
	return ready;
}
