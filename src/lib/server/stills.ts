/**
 * The embeds' still pictures: one PNG per story and language, made by `npm run stills` from the
 * embed page itself in Chromium, so the picture and the map agree. They are committed (a machine
 * that runs `npm start` needs no browser), with a record of what each was made from: the story's view,
 * the language and the data version. When any of those changes, the record no longer matches and
 * `npm test` says which pictures to make again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Preset } from '$lib/view/presets';
import type { Lang } from '$lib/view/view-state';

/** Where the pictures are published, and the record of what they were made from. */
export const STILLS_FOLDER = 'static/embed-stills';
export const STILLS_RECORD = `${STILLS_FOLDER}/stills.json`;

export interface Still {
	/** What the picture was made from: see `stillKey`. */
	key: string;
	width: number;
	height: number;
	/** sha-256 of the PNG, so a picture replaced by hand no longer matches its record. */
	sha256: string;
}

export const stillName = (preset: string, lang: Lang) => `${preset}.${lang}.png`;

/** The site's address of a picture. */
export const stillPath = (preset: string, lang: Lang) => `/embed-stills/${stillName(preset, lang)}`;

/** A hash of everything the picture shows that the data and the story decide. */
export function stillKey(preset: Preset, lang: Lang, dataVersion: string): string {
	const made = JSON.stringify({ view: preset.view, lang, dataVersion });
	return createHash('sha256').update(made).digest('hex').slice(0, 16);
}

let cached: Record<string, Still> | undefined;

/** The record, read once per build (every embed page and oEmbed file asks for it). */
export function readStills(): Record<string, Still> {
	cached ??= JSON.parse(readFileSync(resolve(process.cwd(), STILLS_RECORD), 'utf8')) as Record<
		string,
		Still
	>;
	return cached;
}
