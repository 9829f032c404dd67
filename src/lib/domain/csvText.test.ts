import { describe, expect, it } from 'vitest';
import { csvDocument, neutralise } from './csvText.ts';
import { parseCsv } from './parseCsv.ts';

describe('neutralise', () => {
	it.each(['=1+1', '+44', '-2', '@SUM(A1)', '\tx', '\rx'])('puts an apostrophe before %j', (cell) => {
		expect(neutralise(cell)).toBe(`'${cell}`);
	});

	it('leaves ordinary text alone', () => {
		expect(neutralise('Tri-borough = three')).toBe('Tri-borough = three');
	});
});

describe('csvDocument', () => {
	it('puts the header on the first line and reads back cell for cell', () => {
		const text = csvDocument(
			['a', 'b'],
			[
				['x, "y"', 2],
				[' padded', 'two\nlines']
			]
		);
		expect(text.startsWith('a,b\r\n')).toBe(true);
		expect(parseCsv(text).rows.map((row) => row.cells)).toEqual([
			['a', 'b'],
			['x, "y"', '2'],
			[' padded', 'two\nlines']
		]);
	});
});
