/**
 * The explorer's state, in two parts. `ExplorerView` is the shareable view — what the address holds —
 * as runes, so the panel, the map and the address all follow it. `MapRuntime` is what no link should
 * carry: whether the map is ready, what failed to load, and a request to bring a feature into view. UI
 * components read and write these; only the map components turn them into map calls.
 */
import { getContext, setContext } from 'svelte';
import { windowEnding, windowLength } from '$lib/data/dates';
import { EVIDENCE_GRADES, type EvidenceGrade } from '$lib/data/evidence';
import { DEFAULT_LAYERS, type LayerId } from './layers';
import { problemKey, withoutProblem, withProblem, type Problem } from './problems';
import {
	defaultView,
	isCamera,
	normaliseCamera,
	normaliseGrades,
	normaliseLayers,
	type Camera,
	type DateWindow,
	type Lang,
	type ViewState
} from './view-state';

export type MapStatus = 'loading' | 'busy' | 'idle' | 'error';

export class ExplorerView {
	camera = $state<Camera | null>(null);
	layers = $state<LayerId[]>([...DEFAULT_LAYERS]);
	date = $state<DateWindow>(defaultView().date);
	grades = $state<EvidenceGrade[]>([...EVIDENCE_GRADES]);
	selected = $state<string | null>(null);
	lang = $state<Lang>('en');

	constructor(initial: ViewState = defaultView()) {
		this.set(initial);
	}

	/** The view as plain data, for the address and for embeds. */
	get state(): ViewState {
		return {
			camera: this.camera && { ...this.camera, center: [...this.camera.center] },
			layers: [...this.layers],
			date: { ...this.date },
			grades: [...this.grades],
			selected: this.selected,
			lang: this.lang
		};
	}

	/** What the map and the counts show of the dated records: the date window and the grades. */
	get shown(): DateWindow & { grades: readonly EvidenceGrade[] } {
		return { ...this.date, grades: this.grades };
	}

	set(view: ViewState) {
		this.camera = view.camera;
		this.layers = normaliseLayers(view.layers);
		this.date = view.date;
		this.grades = normaliseGrades(view.grades);
		this.selected = view.selected;
		this.lang = view.lang;
	}

	isVisible(id: LayerId): boolean {
		return this.layers.includes(id);
	}

	toggle(id: LayerId, on = !this.isVisible(id)) {
		this.layers = normaliseLayers(on ? [...this.layers, id] : this.layers.filter((l) => l !== id));
	}

	/** Shows or hides the strikes of one evidence grade. */
	toggleGrade(grade: EvidenceGrade, on = !this.grades.includes(grade)) {
		this.grades = normaliseGrades(
			on ? [...this.grades, grade] : this.grades.filter((g) => g !== grade)
		);
	}

	/** The as-of day; a window of days keeps its length and moves with it. */
	setAsOf(to: string) {
		this.date = windowEnding(to, windowLength(this.date));
	}

	/** Everything up to the day (null), or only the last `days` days up to it. */
	setWindow(days: number | null) {
		this.date = windowEnding(this.date.to, days);
	}

	/** A camera the address can hold; anything else (NaN, out of the map's limits) is ignored. */
	setCamera(camera: Camera) {
		const c = normaliseCamera(camera);
		if (isCamera(c)) this.camera = c;
	}

	select(id: string) {
		this.selected = id;
	}

	clear() {
		this.selected = null;
	}
}

export class MapRuntime {
	status = $state<MapStatus>('loading');
	/** What failed to load, each once, for the notice. */
	problems = $state.raw<Problem[]>([]);
	/** How many times the reader asked to load a map source again (`basemap` or a layer id). */
	reloads = $state<Record<string, number>>({});
	// Not reactive itself: it changes only with `problems`, which is.
	#retries: Record<string, () => void> = {};

	/** Records a failure, with what "Try again" does for it (nothing offered without). */
	report(problem: Problem, retry?: () => void) {
		this.problems = withProblem(this.problems, problem);
		if (retry) this.#retries[problemKey(problem)] = retry;
		else delete this.#retries[problemKey(problem)];
	}

	canRetry(problem: Problem): boolean {
		return problemKey(problem) in this.#retries;
	}

	/** Clears the notice and tries again; a new failure reports itself again. */
	retry(problem: Problem) {
		const retry = this.#retries[problemKey(problem)];
		this.problems = withoutProblem(this.problems, problem);
		delete this.#retries[problemKey(problem)];
		retry?.();
	}

	has(kind: Problem['kind']): boolean {
		return this.problems.some((p) => p.kind === kind);
	}

	/** Asks the map to load a source again; only the map components act on it. */
	requestReload(source: string) {
		this.reloads[source] = (this.reloads[source] ?? 0) + 1;
	}
	/** A feature chosen outside the map (a list, a link) that the map should bring into view. */
	reveal = $state<string | null>(null);
	/** How much of the map's lower edge (px) the panel covers: the phone sheet; 0 beside the map. */
	covered = $state(0);
}

const KEY = Symbol('explorer');

export interface Explorer {
	view: ExplorerView;
	runtime: MapRuntime;
}

export function provideExplorer(explorer: Explorer): Explorer {
	return setContext(KEY, explorer);
}

export function useExplorer(): Explorer {
	const explorer = getContext<Explorer | undefined>(KEY);
	if (!explorer) throw new Error('useExplorer() needs provideExplorer() in a parent component');
	return explorer;
}
