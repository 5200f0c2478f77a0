import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { structureIssues } from './csv-structure';

const FILE = 'data/x.csv';
const check = (text: string) => structureIssues(FILE, text, 'id');
const issue = (record: string, field: string, message: string | RegExp) =>
	expect.objectContaining({
		file: FILE,
		record,
		field,
		message: typeof message === 'string' ? message : expect.stringMatching(message)
	});

describe('structureIssues', () => {
	it('accepts RFC 4180 quoting, CRLF line ends and a byte-order mark', () => {
		expect(check('id,note\na,"x, ""y"""\r\nb,\n')).toEqual([]);
		expect(check('\uFEFFid,note\na,b')).toEqual([]);
	});

	it('names the line and column of a quote that swallows the rows after it', () => {
		const text = 'id,n,note\na,1,"open\nb,2,x\nc,3,"closed"\n';
		// What d3-dsv makes of it: three rows read as one, and no error.
		expect(csvParse(text)).toHaveLength(1);
		expect(check(text)).toEqual([issue('a (line 2)', 'note', /closing quote missing/)]);
	});

	it('names a quote never closed at the end of the file', () => {
		expect(check('id,note\na,"open')).toEqual([
			issue('a (line 2)', 'note', 'a quote is never closed')
		]);
	});

	it('rejects text after a closing quote and quotes inside unquoted cells', () => {
		expect(check('id,note\na,"x"y\nb,x"y\n')).toEqual([
			issue('a (line 2)', 'note', 'has text after the closing quote of a quoted cell'),
			issue('b (line 3)', 'note', /quote inside an unquoted cell/)
		]);
	});

	it('rejects rows with more or fewer cells than the header', () => {
		expect(check('id,kind,note\na,x,cut short, the rest\nb,x\n')).toEqual([
			issue('a (line 2)', 'note', /has 4 cells for 3 columns: the text after "note" has no column/),
			issue('b (line 3)', 'note', /has 2 cells for 3 columns: "note" and any after it/)
		]);
	});

	it('rejects blank lines, stray carriage returns and repeated columns', () => {
		expect(check('id,id\na,b\n\nc,d\rx\n')).toEqual([
			issue('line 3', '(record)', 'is a blank line'),
			issue('c (line 4)', 'id', 'has a carriage return inside the line'),
			issue('header', 'id', 'column appears twice')
		]);
	});

	it('names the line alone when the id cannot be read', () => {
		expect(check('id,note\n"a\u202E",x,y\n')).toEqual([issue('line 2', 'note', /has 3 cells/)]);
	});
});
