/**
 * One-time MapLibre set-up, all from the app's own assets: the worker script (MapLibre 6 needs its URL or
 * the map stays blank), the right-to-left text plugin that shapes Arabic labels, and the font files.
 */
import { getRTLTextPluginStatus, setRTLTextPlugin } from 'maplibre-gl';
// Sets MapLibre's worker URL to the app's own copy of the worker script.
import 'svelte-maplibre-gl/vite';
import rtlPluginUrl from 'rtl-text-plugin?url';
import latinFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import arabicFont from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import { asset } from '$app/paths';
import type { BasemapAssets } from './styles/basemap';

const absolute = (url: string) => new URL(url, window.location.href).href;

let done = false;

export function setupMapLibre(): void {
	if (done) return;
	done = true;
	if (getRTLTextPluginStatus() === 'unavailable') {
		// Lazy: fetched when the first right-to-left label is drawn, so an English view never needs it.
		setRTLTextPlugin(absolute(rtlPluginUrl), true).catch((e: unknown) =>
			console.error('RTL text plugin failed to load', e)
		);
	}
}

export function basemapAssets(): BasemapAssets {
	return {
		tiles: absolute(asset('/tiles/basemap/{z}/{x}/{y}.pbf'))
			.replace(/%7B/g, '{')
			.replace(/%7D/g, '}'),
		fonts: { latin: absolute(latinFont), arabic: absolute(arabicFont) }
	};
}
