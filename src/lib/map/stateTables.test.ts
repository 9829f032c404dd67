import { describe, expect, it } from 'vitest';
import { colourScale, noDataColour, palette } from '../scales/colourScale.ts';
import { stateTables } from './stateTables.ts';

describe('stateTables', () => {
	const tables = stateTables({
		drawn: [
			{ code: 'A', isCounty: false },
			{ code: 'B', isCounty: false },
			{ code: 'C', isCounty: true }
		],
		values: new Map([
			['A', 3],
			['B', null],
			['C', 0]
		]),
		scale: colourScale('count'),
		selected: 'A',
		partners: new Set(['C']),
		overlayCodes: new Map([['shared_services', new Set(['B'])]])
	});

	it('colours by the scale and records the value', () => {
		expect(tables.authorities.get('A')).toEqual({ fill: palette[3], noData: false, value: 3, selected: true });
	});

	it('flags no data and leaves the value out', () => {
		expect(tables.authorities.get('B')).toEqual({ fill: noDataColour, noData: true, 'overlay:shared_services': true });
	});

	it('puts counties in their own table', () => {
		expect(tables.counties.get('C')).toEqual({ fill: palette[0], noData: false, value: 0, partner: true });
		expect(tables.authorities.has('C')).toBe(false);
	});
});
