/**
 * Place-name clean-up and matching. Sources spell the same place differently (Tal as Sultan, Tell
 * al-Sultan, Tal As-Sultan; Khan Yunis, Khan Younis), so matching uses keys that ignore articles,
 * vowels and doubled letters, and Arabic keys that ignore letter-shape variants.
 */

const TATWEEL = /\u0640/g;
/** Bidi marks and embeddings (e.g. the LRM in an OSM name) are invisible and break equality. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Vowel marks: some OSM names are partly vocalised; labels and keys are not. */
const HARAKAT = /[\u064b-\u0652\u0670]/g;

/**
 * Arabic label text: NFC, no tatweel, bidi marks or vowel marks, single spaces. Returns undefined for
 * empty strings, keyboard-mash names such as one letter repeated (a known OSM vandalism pattern) and
 * names cut off after a kinship word.
 */
export function tidyArabic(name: string | null | undefined): string | undefined {
	if (!name) return undefined;
	const out = name
		.normalize('NFC')
		.replace(TATWEEL, '')
		.replace(BIDI, '')
		.replace(HARAKAT, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (!out) return undefined;
	if (/^(.)\1{2,}$/u.test(out.replace(/\s/g, ''))) return undefined;
	// a name cannot end in "Abu"/"ibn" ("father of"/"son of"): such text was cut off in the source
	if (/(^|\s)و?(أبو|ابو|بن|بني)$/u.test(out)) return undefined;
	return out;
}

/** Arabic matching key: alef forms, teh marbuta and alef maqsura folded; spaces removed. */
export function arabicKey(name: string): string {
	return (tidyArabic(name) ?? '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ة/g, 'ه')
		.replace(/ى/g, 'ي')
		.replace(/ؤ/g, 'و')
		.replace(/ئ/g, 'ي')
		.replace(/\s/g, '');
}

const ARTICLES = [
	'al',
	'el',
	'as',
	'ash',
	'az',
	'an',
	'ar',
	'at',
	'ad',
	'adh',
	'ath',
	'es',
	'ez',
	'en',
	'er',
	'et',
	'ed'
];
/** "a-" and "e-" (assimilated article, as in a-Zawayda) only count before a hyphen. */
const HYPHEN_ONLY_ARTICLES = ['a', 'e'];

function capitalise(word: string): string {
	const i = word.search(/\p{L}/u);
	if (i < 0) return word;
	return word.slice(0, i) + word.charAt(i).toUpperCase() + word.slice(i + 1);
}

/**
 * English label text in one house style: the Arabic article joined with a hyphen, capitalised only at
 * the start of a name ("Tal As-Sultan" → "Tal as-Sultan", "An Naser" → "An-Naser",
 * "al-Qarara" → "Al-Qarara"); everything else as the source spells it.
 */
export function tidyEnglish(name: string | null | undefined): string | undefined {
	if (!name) return undefined;
	const tokens = name.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ');
	if (tokens.length === 1 && tokens[0] === '') return undefined;
	const words: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		let token = tokens[i]!;
		const next = tokens[i + 1];
		const lower = token.toLowerCase();
		// "As Salam" → "As-Salam": a free-standing article is joined to the next word
		if (ARTICLES.includes(lower) && next !== undefined) {
			token = `${lower}-${next}`;
			i++;
		}
		const m = /^([A-Za-z]+)-(.+)$/.exec(token);
		if (m) {
			const article = m[1]!.toLowerCase();
			if (ARTICLES.includes(article) || HYPHEN_ONLY_ARTICLES.includes(article)) {
				const rest = capitalise(m[2]!);
				token = `${words.length === 0 ? capitalise(article) : article}-${rest}`;
			}
		}
		words.push(words.length === 0 ? capitalise(token) : token);
	}
	return words.join(' ');
}

/**
 * Latin matching key: a consonant skeleton. Articles, vowels (incl. y and w, which transliterations
 * use for long vowels), apostrophes and doubled letters are dropped; common digraphs folded.
 * "Tal as Sultan", "Tell al-Sultan" and "Tal As-Sultan" all give "tlsltn".
 */
export function englishKey(name: string): string {
	const words = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘ʿʾ`]/g, '')
		.split(/[\s-]+/)
		.filter((w) => w && !ARTICLES.includes(w) && !HYPHEN_ONLY_ARTICLES.includes(w));
	const joined = words
		.join('')
		.replace(/[^a-z]/g, '')
		.replace(/kh/g, 'x')
		.replace(/sh/g, 'c')
		.replace(/th/g, 't')
		.replace(/dh/g, 'd')
		.replace(/gh/g, 'g')
		.replace(/q/g, 'k');
	const first = joined.charAt(0);
	const rest = joined.slice(1).replace(/[aeiouyw]/g, '');
	return (first + rest).replace(/(.)\1+/g, '$1').replace(/^[aeiouyw]/, '');
}

const ARABIC_TO_LATIN: Record<string, string> = {
	ب: 'b',
	ت: 't',
	ث: 't',
	ج: 'j',
	ح: 'h',
	خ: 'x',
	د: 'd',
	ذ: 'd',
	ر: 'r',
	ز: 'z',
	س: 's',
	ش: 'c',
	ص: 's',
	ض: 'd',
	ط: 't',
	ظ: 'z',
	غ: 'g',
	ف: 'f',
	ق: 'k',
	ك: 'k',
	ل: 'l',
	م: 'm',
	ن: 'n',
	ه: 'h',
	ة: ''
};

/**
 * The same consonant skeleton computed from Arabic script, so an English/Arabic pair from one source
 * can be checked for consistency (it catches a name pasted onto the wrong point).
 */
export function arabicSkeleton(name: string): string {
	const words = (tidyArabic(name) ?? '')
		.replace(/ّ/g, '')
		.split(' ')
		.map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w));
	const latin = [...words.join('')].map((ch) => ARABIC_TO_LATIN[ch] ?? '').join('');
	return latin.replace(/(.)\1+/g, '$1');
}

function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0]!;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j]!;
			prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length]!;
}

/**
 * Whether an English and an Arabic name plausibly spell the same word. Loose on purpose (one
 * consonant may differ, "h" is ignored as transliterations drop it freely): it only has to catch
 * pairs that have nothing to do with each other.
 */
export function namesAgree(english: string, arabic: string): boolean {
	const strip = (s: string) => s.replace(/h/g, '');
	const a = strip(englishKey(english));
	const b = strip(arabicSkeleton(arabic));
	if (!a || !b) return false;
	return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 3));
}

/** ASCII slug for ids: "Khirbet al-'Adas" → "khirbet-al-adas". */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’‘ʿʾ`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
