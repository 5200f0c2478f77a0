/** Strikes: dated incidents with location precision and each source's toll. */
import { evidenceOf } from '../data/evidence';
import { strikeFeatures } from '../data/features';
import type { Situation } from '../data/situation';
import { strikeReportRow, strikeRow } from '../data/schemas/strikes';
import { type DatasetModule, download, tableFile } from './define';
import { EVENT_PERIOD } from '../data/dates';

export const files = {
	strikes: tableFile('data/strikes/strikes.csv', strikeRow, ['id']),
	strikeReports: tableFile('data/strikes/reports.csv', strikeReportRow, [
		'strike_id',
		'source_id',
		'claim',
		'killed',
		'injured',
		'note'
	])
};

/** The incidents as the CSV download gives them: each with its evidence grade and its sources. */
function strikeRows(s: Situation) {
	const evidence = new Map(evidenceOf(s).map((e) => [e.strike_id, e]));
	return s.strikes.map((r) => ({
		...r,
		evidence_grade: evidence.get(r.id)?.grade,
		originating_publishers: evidence.get(r.id)?.origins.join('; ')
	}));
}

export const strikes: DatasetModule<typeof files, Situation> = {
	id: 'strikes',
	title: 'Strikes',
	summary:
		'Dated incidents in Rafah governorate and al-Mawasi, with location precision and each source’s toll.',
	attribution: 'Strikes: OCHA, UNRWA, WHO, news agencies',
	licence: 'Compilation CC BY 4.0; figures belong to the cited publishers',
	contradictions: [
		'26 May, tent camp in Tal as-Sultan: 22 to 50 killed depending on source and hour; the Israeli military said it struck two Hamas commanders and that a secondary explosion caused the fire.',
		'28 May, tents in al-Mawasi: airstrike, tank shells or drone, depending on the source; the Israeli military denied striking inside the humanitarian zone.',
		'21 June, near the ICRC office in al-Mawasi: 18, 22 or 25 killed (Palestine Red Crescent, ICRC, Ministry of Health).',
		'Early May overnight strikes: totals of 16, 22 or 28 killed for the same night; some named houses may also be counted in those totals.'
	],
	files,
	counts: (s) => `${s.strikes.length} incidents, ${s.strikeReports.length} source accounts`,
	records: (s) => ({
		strikes: s.strikes,
		strikeReports: s.strikeReports,
		strikeEvidence: evidenceOf(s)
	}),
	features: strikeFeatures,
	checks: (s, c) => {
		const strikeIds = c.unique(files.strikes.path, s.strikes, (r) => r.id);
		// One source may give a toll and, separately, a party's claim: only exact repeats are errors.
		c.unique(files.strikeReports.path, s.strikeReports, (r) =>
			[r.strike_id, r.source_id, r.killed, r.injured, r.claim, r.note].join('/')
		);
		for (const r of s.strikes) {
			c.inRange(files.strikes.path, r.id, 'date', r.date, EVENT_PERIOD);
			if (r.place_id !== undefined)
				c.resolves(files.strikes.path, r.id, 'place_id', r.place_id, 'places');
		}
		const reported = new Set<string>();
		for (const r of s.strikeReports) {
			const rec = `${r.strike_id}/${r.source_id}`;
			c.resolves(files.strikeReports.path, rec, 'strike_id', r.strike_id, 'strikes');
			c.cite(files.strikeReports.path, rec, r.source_id);
			reported.add(r.strike_id);
		}
		for (const id of strikeIds)
			if (!reported.has(id)) c.add(files.strikes.path, id, 'id', 'has no source in reports.csv');
	},
	downloads: [
		download('strikes.geojson', 'Strikes (GeoJSON, ranges)', strikeFeatures),
		download('strikes.csv', 'Strikes (CSV)', strikeRows),
		download('strikes-reports.csv', 'Figures per source (CSV)', (s) => s.strikeReports)
	]
};
