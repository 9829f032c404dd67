import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseCsv', () => {
	it('splits plain fields and numbers rows by their starting line', () => {
		expect(parseCsv('a,b\n1,2\n')).toEqual({
			rows: [
				{ line: 1, cells: ['a', 'b'] },
				{ line: 2, cells: ['1', '2'] }
			],
			problems: []
		});
	});

	it('reads quoted commas, doubled quotes and quoted newlines', () => {
		const { rows, problems } = parseCsv('a,b\n"x, y","say ""hi""\nthere"\nz,w\n');
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['x, y', 'say "hi"\nthere'] },
			{ line: 4, cells: ['z', 'w'] }
		]);
	});

	it('accepts CRLF and lone CR line endings', () => {
		expect(parseCsv('a,b\r\n1,2\r3,4').rows.map((row) => row.cells)).toEqual([
			['a', 'b'],
			['1', '2'],
			['3', '4']
		]);
	});

	it('strips a UTF-8 byte order mark from bytes and from text', () => {
		expect(parseCsv(bytes('\uFEFFa,b\n1,2')).rows[0].cells).toEqual(['a', 'b']);
		expect(parseCsv('\uFEFFa,b').rows[0].cells).toEqual(['a', 'b']);
	});

	it('skips blank lines but keeps their numbers counting', () => {
		expect(parseCsv('a\n\n\nb\n').rows).toEqual([
			{ line: 1, cells: ['a'] },
			{ line: 4, cells: ['b'] }
		]);
	});

	it('keeps a trailing empty field', () => {
		expect(parseCsv('a,').rows[0].cells).toEqual(['a', '']);
	});

	it('reports an unclosed quote at the line where it opened', () => {
		expect(parseCsv('a,b\n1,"open\n2,3\n').problems).toEqual([
			{ line: 2, column: '2', reason: 'a quoted field is never closed: add the missing closing double quote (")' }
		]);
	});

	it('reports a bare quote inside an unquoted field', () => {
		expect(parseCsv('a,b\n1,2"3\n').problems).toEqual([
			{ line: 2, column: '2', reason: 'a double quote inside an unquoted field; wrap the field in double quotes and double the quote ("")' }
		]);
	});

	it('reports text after a closing quote, once, where it is', () => {
		expect(parseCsv('a,b\n"x\ny",2\n"p"q,3\n4,5\n').problems).toEqual([
			{ line: 4, column: '1', reason: 'text follows a closing double quote; a quote inside a quoted field must be doubled ("")' }
		]);
	});

	it('reports an unclosed quote at its line after a record spanning lines', () => {
		expect(parseCsv('a,b\r\n"x\r\ny",2\r\n3,"open\r\n4,5\r\n6,7').problems).toEqual([
			{ line: 4, column: '2', reason: 'a quoted field is never closed: add the missing closing double quote (")' }
		]);
	});

	it('reports every bare quote, and reads the rows after them', () => {
		const { rows, problems } = parseCsv('a,b\n1,2"3\n4",5\n6,7\n');
		expect(problems.map(({ line, column }) => [line, column])).toEqual([
			[2, '2'],
			[3, '1']
		]);
		expect(rows.at(-1)).toEqual({ line: 4, cells: ['6', '7'] });
	});

	it('names each cell that holds bytes that are not UTF-8', () => {
		const latin1 = new Uint8Array([...bytes('name,place\nx,Caf'), 0xe9, ...bytes('\ny,ok\n')]);
		expect(parseCsv(latin1).problems).toEqual([
			{
				line: 2,
				column: '2',
				reason:
					'the text is not valid UTF-8 (it looks like a Windows or Latin-1 file); save the file as “CSV UTF-8 (Comma delimited)” and import it again'
			}
		]);
	});

	it('refuses UTF-16 files outright', () => {
		expect(parseCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).problems[0].reason).toMatch(/^the file is UTF-16 text/);
	});
});
