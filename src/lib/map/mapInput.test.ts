import { describe, expect, it } from 'vitest';
import { colourScale, noDataColour, palette } from '../scales/colourScale.ts';
import { patternFor } from '../scales/overlayPatterns.ts';
import { mapInput } from './mapInput.ts';

describe('mapInput', () => {
	const { fills, marks } = mapInput({
		drawn: ['A', 'B', 'C'],
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
		expect(fills.states.get('A')).toEqual({ fill: palette[3], value: 3 });
		expect(fills.states.get('C')).toEqual({ fill: palette[0], value: 0 });
	});

	it('leaves the value out where there is none, and marks the council as having no data', () => {
		expect(fills.states.get('B')).toEqual({ fill: noDataColour, 'overlay:shared_services': true });
		expect([...marks.noData]).toEqual(['B']);
	});

	it('patterns each overlay in legend order', () => {
		expect(fills.overlays).toEqual([{ slug: 'shared_services', patternId: patternFor(0).id }]);
	});

	it('marks the selection and partners, not as fills', () => {
		expect([...marks.selected]).toEqual(['A']);
		expect([...marks.partners]).toEqual(['C']);
		for (const state of fills.states.values()) expect(Object.keys(state)).not.toContain('selected');
	});
});
