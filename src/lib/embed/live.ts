/**
 * What an embed needs once its map starts, and not before: the map, the records and what is worked
 * out from them, the chart and the legend. One module loaded on demand, so an embed the reader has
 * not reached costs only its frame and its picture.
 */
export { default as MapView } from '$lib/map/MapView.svelte';
export { default as Charts } from '$lib/components/Charts.svelte';
export { default as LegendKey } from '$lib/components/LegendKey.svelte';
export { fetchRecords, fetchSources } from '$lib/data/explorer-data';
export { indexSituation } from '$lib/data/lookup';
export { layerTimelines } from '$lib/map/registry';
export { layerOfFeature } from '$lib/view/selection';
