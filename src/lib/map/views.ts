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
