import { describe, expect, it } from 'vitest';
import { aliases } from './aliases.ts';

describe('aliases', () => {
	it('keeps former names', () => {
		expect(aliases('Folkestone and Hythe', ['Shepway'])).toContain('Shepway');
	});

	it('drops the ONS ", City of" style and also puts it in front', () => {
		expect(aliases('Bristol, City of')).toEqual(expect.arrayContaining(['Bristol', 'City of Bristol']));
	});

	it('knows Hull', () => {
		expect(aliases('Kingston upon Hull, City of')).toEqual(expect.arrayContaining(['Kingston upon Hull', 'Hull']));
	});

	it('writes "and" as "&" and drops a leading "County"', () => {
		expect(aliases('Brighton and Hove')).toContain('Brighton & Hove');
		expect(aliases('County Durham')).toContain('Durham');
	});

	it('spells "St." with and without the full stop', () => {
		expect(aliases('St. Helens')).toContain('St Helens');
		expect(aliases('St Albans')).toContain('St. Albans');
	});

	it('never repeats the name or an alias', () => {
		const result = aliases('Northumberland', ['Northumberland', 'Northumberland']);
		expect(result).toEqual([]);
		const many = aliases('Bristol, City of', ['Bristol', 'Bristol, City of']);
		expect(new Set(many).size).toBe(many.length);
		expect(many).not.toContain('Bristol, City of');
	});
});
