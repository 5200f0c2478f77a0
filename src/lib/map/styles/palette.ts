/**
 * The map's colours. A muted, warm-grey basemap so the data layers carry the colour; data colours chosen
 * to stay distinguishable for common colour-vision deficiencies and to reach 3:1 against the land.
 */
export interface Palette {
	sea: string;
	land: string;
	landForeign: string;
	buildings: string;
	buildingsOutline: string;
	roadMain: string;
	roadCasing: string;
	corridor: string;
	boundaryInternational: string;
	boundaryArmistice: string;
	boundaryAdmin: string;
	label: string;
	labelMuted: string;
	labelHalo: string;
	strike: string;
	strikeStroke: string;
	uncertainty: string;
	shelter: string;
	shelterOutline: string;
	route: string;
	crossingOpen: string;
	crossingRestricted: string;
	crossingClosed: string;
	unknown: string;
	evacuation: string;
	humanitarianArea: string;
	hospitalFunctional: string;
	hospitalPartial: string;
	hospitalDown: string;
	groundClaimed: string;
	groundReported: string;
	groundAssessed: string;
	damageLow: string;
	damageMedium: string;
	damageHigh: string;
	damageSevere: string;
	damageOutline: string;
	selection: string;
}

export const palette: Palette = {
	sea: '#d5dde3',
	land: '#f3f1ec',
	landForeign: '#e6e3dc',
	buildings: '#dedad2',
	buildingsOutline: '#cfcac0',
	roadMain: '#ffffff',
	roadCasing: '#c9c3b8',
	corridor: '#8a7f70',
	boundaryInternational: '#5b5348',
	boundaryArmistice: '#5b5348',
	boundaryAdmin: '#a89f92',
	label: '#3b362f',
	labelMuted: '#6b645a',
	labelHalo: '#f8f7f4',
	strike: '#c0392b',
	strikeStroke: '#ffffff',
	uncertainty: '#c0392b',
	shelter: '#2e6f9e',
	shelterOutline: '#1f4e70',
	route: '#7b4fa0',
	crossingOpen: '#2e7d32',
	crossingRestricted: '#b26a00',
	crossingClosed: '#b71c1c',
	unknown: '#616161',
	evacuation: '#c45a00',
	humanitarianArea: '#2e7d32',
	hospitalFunctional: '#1b7f5c',
	hospitalPartial: '#b26a00',
	hospitalDown: '#4a148c',
	// Ground statements by basis: blue, magenta and olive stay apart from each other and from the
	// strike red for common colour-vision deficiencies, each at least 4.5:1 against the land
	groundClaimed: '#005f8f',
	groundReported: '#a6376f',
	groundAssessed: '#6b6b00',
	// Damage classes: one warm-brown ramp, light to dark, so order reads without a hue key and stays
	// apart from the strike red and the blue figure areas; the fills are drawn translucent
	damageLow: '#f1d3b3',
	damageMedium: '#d9996a',
	damageHigh: '#b3612f',
	damageSevere: '#6f3413',
	damageOutline: '#5a2c10',
	selection: '#111111'
};

/** The font name used in `text-font` and declared in the style's `font-faces`. */
export const FONT = 'Noto Sans Regular';
