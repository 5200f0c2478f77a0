/** The stories an article can embed, by id: the pages `/embed/<id>/` (the words and views: presets.ts). */
export const PRESET_IDS = [
	'overview',
	'crossing-seizure',
	'evacuation-orders',
	'tal-as-sultan-strike',
	'exodus',
	'aid'
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(id: string): id is PresetId {
	return (PRESET_IDS as readonly string[]).includes(id);
}
