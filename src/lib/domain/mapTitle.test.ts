import { describe, expect, it } from 'vitest';
import { colourScale } from '../scales/colourScale.ts';
import { mapTitle } from './mapTitle.ts';

describe('mapTitle', () => {
	it('names the one kind and period of savings a savings map shows', () => {
		expect(mapTitle(colourScale('savings', { kind: 'target', period: 'cumulative' }).title, '2024')).toBe(
			'Savings reported, target, cumulative, by council, councils as in 2024'
		);
	});

	it('names the selected council', () => {
		expect(mapTitle(colourScale('count').title, '2012', 'Westminster')).toBe(
			'Number of initiatives, by council, councils as in 2012: Westminster and its partners'
		);
	});
});
