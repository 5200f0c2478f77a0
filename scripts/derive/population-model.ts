/**
 * Derives the modelled daily adult population of Rafah, Khan Younis and Deir al-Balah governorates
 * from Darin's Gaza displacement analytics (MIT):
 *
 *   npx tsx scripts/derive/population-model.ts <sources dir>
 *
 * - data/shelter-population/population-model.csv   adults (18+) per governorate and day, 1 Apr – 14 May 2024
 *
 * Output is canonical (sorted by id, whole people), so a re-run on the same source is byte-identical.
 */
import { join, resolve } from 'node:path';
import { kib, sourcesDirFromArgs, sourceText, writeText } from '../lib/io';
import {
	formatModelCsv,
	missingDays,
	MODEL_SOURCE_FILE,
	modelRows,
	type ModelArea
} from '../lib/population-model';
import { PCODES } from '../lib/study-area';

const USAGE = 'npx tsx scripts/derive/population-model.ts <sources dir>';
const DATA = resolve(import.meta.dirname, '../../data');
const OUTPUT = 'shelter-population/population-model.csv';

/** A month before the first evacuation order to the model's last day. */
const FROM = '2024-04-01';
const TO = '2024-05-14';

const AREAS: readonly ModelArea[] = [
	{ pcode: PCODES.rafah, name: 'Rafah', areaId: 'area-rafah-governorate', key: 'rafah' },
	{
		pcode: PCODES.khanYounis,
		name: 'Khan Younis',
		areaId: 'area-khan-younis-governorate',
		key: 'khan-younis'
	},
	{
		pcode: PCODES.deirAlBalah,
		name: 'Deir Al-Balah',
		areaId: 'area-deir-al-balah-governorate',
		key: 'deir-al-balah'
	}
];

function main(): void {
	const dir = sourcesDirFromArgs(process.argv.slice(2), USAGE);
	const rows = modelRows(sourceText(dir, MODEL_SOURCE_FILE), {
		areas: AREAS,
		agesex: 'T_18Plus',
		from: FROM,
		to: TO,
		metric: 'adults_modelled',
		sourceId: 'darin-gaza-displacement-analytics-2025'
	});
	const bytes = writeText(join(DATA, OUTPUT), formatModelCsv(rows));
	console.log(`data/${OUTPUT}: ${rows.length} rows, ${kib(bytes)}`);
	for (const a of AREAS) {
		const gaps = missingDays(rows, a.areaId, FROM, TO);
		console.log(`  ${a.areaId}: no model value on ${gaps.length ? gaps.join(', ') : 'no day'}`);
	}
}

main();
