import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { decodeXml, excelSerialToIsoDate, readZip, sheetRecords } from './xlsx';

/** A minimal zip writer (no CRCs: the reader does not check them) to build test workbooks. */
function zip(files: Record<string, string>, deflate = true): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, text] of Object.entries(files)) {
		const raw = Buffer.from(text, 'utf8');
		const data = deflate ? deflateRawSync(raw) : raw;
		const nameBuf = Buffer.from(name, 'utf8');
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(deflate ? 8 : 0, 8);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(raw.length, 22);
		local.writeUInt16LE(nameBuf.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(deflate ? 8 : 0, 10);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(raw.length, 24);
		central.writeUInt16LE(nameBuf.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBuf, data);
		centrals.push(central, nameBuf);
		offset += 30 + nameBuf.length + data.length;
	}
	const dir = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(Object.keys(files).length, 8);
	end.writeUInt16LE(Object.keys(files).length, 10);
	end.writeUInt32LE(dir.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, dir, end]);
}

const workbook = (deflate: boolean) =>
	zip(
		{
			'xl/workbook.xml':
				'<workbook><sheets><sheet name="Notes" sheetId="2" r:id="rId2"/><sheet name="Suppy Page" sheetId="1" r:id="rId1"/></sheets></workbook>',
			'xl/_rels/workbook.xml.rels':
				'<Relationships><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x" Target="worksheets/sheet2.xml"/></Relationships>',
			'xl/sharedStrings.xml':
				'<sst><si><t>Received Date</t></si><si><t>Crossing</t></si><si><r><t>Kerem </t></r><r><t>Shalom</t></r></si><si><t>Rafah &amp; Co</t></si></sst>',
			'xl/worksheets/sheet1.xml':
				'<worksheet><sheetData>' +
				'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"/></row>' +
				'<row r="2"><c r="A2" s="10"><v>45418</v></c><c r="B2" t="s"><v>2</v></c></row>' +
				'<row r="3"><c r="A3"><v>45419</v></c><c r="B3" t="inlineStr"><is><t>Erez</t></is></c></row>' +
				'<row r="4"><c r="B4" t="s"><v>3</v></c></row>' +
				'</sheetData></worksheet>',
			'xl/worksheets/sheet2.xml': '<worksheet><sheetData/></worksheet>'
		},
		deflate
	);

describe('readZip', () => {
	it('reads stored and deflated entries', () => {
		for (const deflate of [true, false]) {
			const entries = readZip(workbook(deflate));
			expect([...entries.keys()]).toContain('xl/sharedStrings.xml');
			expect(entries.get('xl/worksheets/sheet2.xml')?.toString()).toBe(
				'<worksheet><sheetData/></worksheet>'
			);
		}
	});

	it('refuses something that is not a zip', () => {
		expect(() => readZip(Buffer.from('not a zip at all, just text padding it out'))).toThrow(/zip/);
	});
});

describe('sheetRecords', () => {
	it('maps rows to header names with shared, rich and inline strings', () => {
		const rows = sheetRecords(workbook(true), 'Suppy Page');
		expect(rows).toEqual([
			{ 'Received Date': 45418, Crossing: 'Kerem Shalom' },
			{ 'Received Date': 45419, Crossing: 'Erez' },
			{ Crossing: 'Rafah & Co' }
		]);
	});

	it('names the sheets it has when asked for a missing one', () => {
		expect(() => sheetRecords(workbook(true), 'Supply Page')).toThrow(/Notes, Suppy Page/);
	});
});

describe('helpers', () => {
	it('decodes entities', () => {
		expect(decodeXml('a &lt;b&gt; &amp; &#39;c&#x27; &quot;')).toBe("a <b> & 'c' \"");
	});

	it('turns Excel serials into dates', () => {
		expect(excelSerialToIsoDate(45418)).toBe('2024-05-06');
		expect(excelSerialToIsoDate(45544.6)).toBe('2024-09-09');
		expect(() => excelSerialToIsoDate(Number.NaN)).toThrow();
	});
});
