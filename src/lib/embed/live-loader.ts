/** Loads an embed's live part (./live.ts) once, however many parts of the embed ask for it. */
export type Live = typeof import('./live');

let loading: Promise<Live> | undefined;

export function loadLive(): Promise<Live> {
	loading ??= import('./live');
	return loading;
}
