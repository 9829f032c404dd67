import { describe, expect, it } from 'vitest';
import { register } from '../../../tests/fixtures/register.ts';
import { countiesOfDistricts } from './authority.ts';

describe('countiesOfDistricts', () => {
	const counties = countiesOfDistricts(register);

	it('gives a two-tier district its county', () => {
		expect(counties.get('E07000190')).toBe('E10000027');
	});

	it('gives no county to a unitary, a London borough or a county itself', () => {
		expect(counties.has('E06000066')).toBe(false);
		expect(counties.has('E09000033')).toBe(false);
		expect(counties.has('E10000027')).toBe(false);
	});
});
