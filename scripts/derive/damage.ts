/**
 * Derives the damage dataset's areas and UNOSAT figures from the third-party sources:
 *
 *   npx tsx scripts/derive/damage.ts <sources dir>
 *
 * - data/damage/damage.geojson   the OCHA municipalities with at least half their area in Rafah
 *                                governorate (outline from data/shelter-population), simplified
 * - data/damage/figures.csv      their damaged structures at UNOSAT's assessment of 11 October 2025,
 *                                and the Gaza-wide count of the rounds around the period; rows read
 *                                from reports (other source ids) are kept as they are
 *
 * Output is canonical (sorted, rounded), so a re-run on the same sources is byte-identical.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import {
	DAMAGE_FILE,
	mergeFigures,
	MUNICIPAL_FILE,
	municipalFigureRows,
	municipalityFeatures,
	roundRows,
	ROUNDS_FILE,
	selectMunicipalities,
	type MunicipalityKey
} from '../lib/damage';
import type { Areal } from '../lib/geometry';
import { kib, sourceJson, sourcesDirFromArgs, writeFeatureCollection, writeText } from '../lib/io';

const USAGE = 'npx tsx scripts/derive/damage.ts <sources dir>';
const DATA = resolve(import.meta.dirname, '../../data');
const SOURCE_ID = 'pll-unosat-damage-municipal-2025';
const GOVERNORATE = 'area-rafah-governorate';
/** A municipality belongs to the governorate when at least half its outline lies inside it. */
const MIN_SHARE = 0.5;
/** ~10 m, as the governorates in view. */
const SIMPLIFY_DEG = 0.0001;
/** The rounds just before, between and after the period, and the one the municipal counts are of. */
const ROUNDS = ['2024-04-01', '2024-05-03', '2024-07-06', '2025-10-11'];

const KEYS: readonly MunicipalityKey[] = [
	{ name: 'Rafah', id: 'muni-rafah', name_en: 'Rafah', name_ar: 'رفح' },
	{
		name: 'Shokat as Sufi',
		id: 'muni-shokat-as-sufi',
		name_en: 'Al-Shokat (Shokat as Sufi)',
		name_ar: 'الشوكة'
	},
	{ name: 'An Naser', id: 'muni-an-naser', name_en: 'Al-Nasr (An Naser)', name_ar: 'النصر' },
	{
		name: 'Unnamed municipality',
		near: [34.26, 31.322],
		id: 'muni-unnamed-north',
		name_en: 'Unnamed municipality north of Rafah city',
		name_ar: 'بلدية غير مسمّاة شمال مدينة رفح'
	},
	{
		name: 'Unnamed municipality',
		near: [34.332, 31.289],
		id: 'muni-unnamed-east',
		name_en: 'Unnamed municipality in the east, along the armistice line',
		name_ar: 'بلدية غير مسمّاة في الشرق على امتداد خط الهدنة'
	}
];

function main(): void {
	const dir = sourcesDirFromArgs(process.argv.slice(2), USAGE);
	const areas = JSON.parse(
		readFileSync(join(DATA, 'shelter-population/shelter-population.geojson'), 'utf8')
	) as FeatureCollection;
	const governorate = areas.features.find((f) => f.properties?.id === GOVERNORATE);
	if (!governorate) throw new Error(`data/shelter-population has no ${GOVERNORATE}`);
	const selected = selectMunicipalities(
		sourceJson<FeatureCollection>(dir, MUNICIPAL_FILE),
		sourceJson<FeatureCollection>(dir, DAMAGE_FILE),
		governorate.geometry as Areal,
		KEYS,
		MIN_SHARE
	);
	const fc = municipalityFeatures(
		selected,
		GOVERNORATE,
		SIMPLIFY_DEG,
		'OCHA municipal boundaries of 2019-07-18 (via Palestine Land Loss), gaza_municipal.geojson'
	);
	const geoBytes = writeFeatureCollection(join(DATA, 'damage/damage.geojson'), fc);
	console.log(`data/damage/damage.geojson: ${fc.features.length} municipalities, ${kib(geoBytes)}`);
	for (const s of selected)
		console.log(
			`  ${s.key.id}: ${(s.share * 100).toFixed(1)}% inside, ${s.damage.properties.damage_sites} sites`
		);

	const rows = [
		...municipalFigureRows(selected, SOURCE_ID, (s) =>
			s.share < 0.95
				? `UNOSAT's damaged structures in the whole municipality, counted by Palestine Land Loss; ${Math.round(100 - s.share * 100)}% of the municipality lies outside Rafah governorate`
				: "UNOSAT's damaged structures in the municipality, counted by Palestine Land Loss"
		),
		...roundRows(
			sourceJson(dir, ROUNDS_FILE),
			ROUNDS,
			'area-gaza-strip',
			SOURCE_ID,
			"Structures in UNOSAT's October 2025 dataset with a damage class by this round, as counted by Palestine Land Loss; not the total UNOSAT published for the round"
		)
	];
	const path = join(DATA, 'damage/figures.csv');
	let existing = '';
	try {
		existing = readFileSync(path, 'utf8');
	} catch {
		existing = '';
	}
	const bytes = writeText(path, mergeFigures(existing, rows, SOURCE_ID));
	console.log(`data/damage/figures.csv: ${rows.length} derived rows, ${kib(bytes)}`);
}

main();
