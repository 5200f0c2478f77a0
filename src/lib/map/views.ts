/**
 * Camera presets. The home view fits Rafah governorate, both crossings and the southern part of
 * al-Mawasi to whatever screen the map has, phone or desktop.
 */
export interface MapViewPreset {
	bounds: [[number, number], [number, number]];
	maxBounds: [[number, number], [number, number]];
}

export const HOME_VIEW: MapViewPreset = {
	bounds: [
		[34.21, 31.215],
		[34.33, 31.345]
	],
	maxBounds: [
		[34.05, 31.1],
		[34.6, 31.55]
	]
};

/** The margin (px) kept around a feature brought into view. */
export const REVEAL_MARGIN = 80;

/**
 * The padding for bringing a feature into view on a map `height` px tall whose lower `covered` px
 * are under the panel (the phone sheet): the feature lands in the part of the map left in sight. The
 * extra padding is cut so that at least `REVEAL_MARGIN` px stay between top and bottom padding,
 * as MapLibre will not fit bounds into less than nothing.
 */
export function revealPadding(
	height: number,
	covered: number
): { top: number; bottom: number; left: number; right: number } {
	const room = Math.max(0, height - 3 * REVEAL_MARGIN);
	const extra = Math.min(Math.max(0, covered), room);
	return {
		top: REVEAL_MARGIN,
		bottom: REVEAL_MARGIN + extra,
		left: REVEAL_MARGIN,
		right: REVEAL_MARGIN
	};
}
