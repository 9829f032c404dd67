import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.ts';

describe('parseCsv', () => {
	it('keys each row by the header', () => {
		expect(parseCsv('code,name\nE06000001,Hartlepool\n')).toEqual([{ code: 'E06000001', name: 'Hartlepool' }]);
	});

	it('keeps commas and doubled quotes inside quoted fields', () => {
		expect(parseCsv('code,name\nE06000023,"Bristol, City of"\nX,"say ""hi"""')).toEqual([
			{ code: 'E06000023', name: 'Bristol, City of' },
			{ code: 'X', name: 'say "hi"' }
		]);
	});

	it('ignores a byte order mark, CRLF line ends and blank lines', () => {
		expect(parseCsv('\uFEFFoldcd,newcd\r\nA,B\r\n\r\n')).toEqual([{ oldcd: 'A', newcd: 'B' }]);
	});

	it('reads a last row without a trailing newline and pads short rows', () => {
		expect(parseCsv('a,b,c\n1,2')).toEqual([{ a: '1', b: '2', c: '' }]);
	});
});

describe('parseCsv on a malformed file', () => {
	it('throws with the line instead of returning partial rows', () => {
		expect(() => parseCsv('code,name\nE06000001,"Hartlepool\n')).toThrow(/^line 2/);
	});
});
