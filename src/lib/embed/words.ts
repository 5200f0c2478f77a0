/**
 * The words of an embed of any view, made from what it shows, in either language (the reader's
 * unless told): its headline, its one-line dek and the description that screen readers are given for
 * the frame in an article. Pure: messages and `Intl` only.
 */
import { formatDate, formatInterval } from '$lib/data/describe';
import { intlLocale, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayerId } from '$lib/view/layers';
import { normaliseLayers, type ViewState } from '$lib/view/view-state';

type Words = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/** Each layer as it reads inside a sentence ("strikes", not the panel's "Strikes"). */
const LAYER_WORDS: Record<LayerId, Words> = {
	strikes: m.embed_layer_strikes,
	'shelter-population': m.embed_layer_shelter_population,
	'aid-corridors': m.embed_layer_aid_corridors,
	'evacuation-orders': m.embed_layer_evacuation_orders,
	hospitals: m.embed_layer_hospitals,
	'ground-operations': m.embed_layer_ground_operations,
	damage: m.damage_embed_layer
};

const here = () => getLocale() as Locale;

/** "strikes, evacuation orders and hospitals", in the registry's order; the basemap when none. */
export function layersInWords(layers: readonly LayerId[], locale: Locale = here()): string {
	const words = normaliseLayers(layers).map((id) => LAYER_WORDS[id]({}, { locale }));
	if (!words.length) return m.embed_layers_none({}, { locale });
	return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(words);
}

/** The embed's headline: the title its address gives, or the general one. */
export function embedHeadline(title: string | null, locale: Locale = here()): string {
	return title ?? m.embed_view_headline({}, { locale });
}

/** "Shown: strikes and hospitals." The frame gives the date on a line of its own. */
export function embedDek(view: Pick<ViewState, 'layers'>, locale: Locale = here()): string {
	return m.embed_view_dek({ layers: layersInWords(view.layers, locale) }, { locale });
}

/** "Map of Rafah: strikes and hospitals, as of 28 May 2024": what the frame shows, for its label. */
export function embedDescription(
	view: Pick<ViewState, 'layers' | 'date'>,
	locale: Locale = here()
): string {
	const layers = layersInWords(view.layers, locale);
	const { from, to } = view.date;
	return from
		? m.embed_description_window({ layers, dates: formatInterval(from, to, locale) }, { locale })
		: m.embed_description_as_of({ layers, date: formatDate(to, locale) }, { locale });
}
