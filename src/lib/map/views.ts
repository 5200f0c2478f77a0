/**
 * Camera presets. The home view frames Rafah city, the crossings and al-Mawasi on a laptop screen.
 */
export interface MapViewPreset {
	center: [number, number];
	zoom: number;
	maxBounds: [[number, number], [number, number]];
}

export const HOME_VIEW: MapViewPreset = {
	center: [34.27, 31.29],
	zoom: 11.5,
	maxBounds: [
		[34.05, 31.1],
		[34.6, 31.55]
	]
};
