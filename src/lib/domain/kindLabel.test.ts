import { describe, expect, it } from 'vitest';
import { kindInText, kindLabel } from './kindLabel.ts';

describe('kindLabel', () => {
	it('writes the kinds that are proper names as they are written, wherever they stand', () => {
		expect(kindLabel('city of london')).toBe('City of London Corporation');
		expect(kindInText('isles of scilly')).toBe('Council of the Isles of Scilly');
		expect(kindInText('london borough')).toBe('London borough');
	});

	it('starts a phrase with a capital and runs in text in lower case for the common kinds', () => {
		expect(kindLabel('non-metropolitan district')).toBe('Non-metropolitan district');
		expect(kindInText('unitary')).toBe('unitary');
	});
});
