/**
 * The address and the view, kept in step. The view is read from the address once the page is in the
 * browser (pages are prerendered, so never at build), then every change of the view replaces the
 * address — no new history entry, and at most every 300 ms while the map pans.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { ExplorerView } from './explorer.svelte';
import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';
import { parseView, serialiseView, type Lang } from './view-state';

const WRITE_DELAY_MS = 300;

/** Call while a page initialises; `onread` runs once the view has been read from the address. */
export function followAddress(view: ExplorerView, onread: () => void) {
	let ready = $state(false);
	onMount(() => {
		const asked = parseView(window.location.search);
		const locale = getLocale();
		// The page's language is its path; an address asking for the other one opens that page.
		if (/[?&]lang=/.test(window.location.search) && asked.lang !== locale) {
			const path = localizeHref(deLocalizeHref(window.location.pathname), { locale: asked.lang });
			window.location.replace(path + serialiseView(asked, { lang: false }));
			return;
		}
		view.set({ ...asked, lang: locale as Lang });
		ready = true;
		onread();
	});
	$effect(() => {
		const search = serialiseView(view.state, { lang: false });
		if (!ready) return;
		const timer = setTimeout(() => {
			if (search === window.location.search) return;
			// The page's own path (base included) with a new query: no navigation, only the address.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(window.location.pathname + search, page.state);
		}, WRITE_DELAY_MS);
		return () => clearTimeout(timer);
	});
}
