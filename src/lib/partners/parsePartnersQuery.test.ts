import { describe, expect, it } from 'vitest';
import type { Authority } from '../domain/authority.ts';
import { authorities } from '../../../tests/support/register.ts';
import { parsePartnersQuery } from './parsePartnersQuery.ts';

const em = { region: 'E12000004', regionName: 'East Midlands', parent: null, validFrom: '2021-04-01', vintages: ['2024' as const] };
const north = { ...authorities[0], ...em, code: 'E06000061', name: 'North Northamptonshire', kind: 'unitary' as const, predecessors: ['E10000021'] };
const west = { ...north, code: 'E06000062', name: 'West Northamptonshire' };
const county: Authority = {
	...authorities[0],
	...em,
	code: 'E10000021',
	name: 'Northamptonshire',
	kind: 'county',
	tier: 'upper',
	validFrom: null,
	validTo: '2021-04-01',
	successors: ['E06000061', 'E06000062'],
	vintages: ['2012']
};
const register = [...authorities, north, west, county];
const categories = ['legal', 'planning'];
const parse = (query: string) => parsePartnersQuery(new URLSearchParams(query), register, categories);

describe('parsePartnersQuery', () => {
	it('reads a code and a category', () => {
		expect(parse('authority=E09000033&category=legal')).toEqual({ authority: 'E09000033', category: 'legal', choices: [], notices: [] });
	});

	it('accepts a council’s name, as people type it', () => {
		expect(parse('authority=Somerset').authority).toBe('E06000066');
		expect(parse('authority=westminster').authority).toBe('E09000033');
	});

	it('replaces a merged-away council with the one covering its area now, and says so', () => {
		const { authority, notices } = parse('authority=E07000190');
		expect(authority).toBe('E06000066');
		expect(notices[0].message).toBe('Taunton Deane was replaced in 2019; showing partners for Somerset, which covers its area now.');
	});

	it('names the county and the unitary that replaced it apart, though ONS calls both Somerset', () => {
		const { authority, notices } = parse('authority=E10000027');
		expect(authority).toBe('E06000066');
		expect(notices[0].message).toBe(
			'Somerset County Council was replaced in 2023; showing partners for Somerset Council, which covers its area now.'
		);
	});

	it('offers the successors of a council that was split, choosing none', () => {
		const { authority, choices, notices } = parse('authority=Northamptonshire County Council');
		expect(authority).toBeNull();
		expect(choices).toEqual(['E06000061', 'E06000062']);
		expect(notices[0].message).toContain('split in 2021 between North Northamptonshire and West Northamptonshire');
	});

	it('falls back to no council for an unknown name, with a notice', () => {
		const { authority, notices } = parse('authority=Atlantis');
		expect(authority).toBeNull();
		expect(notices).toHaveLength(1);
		expect(notices[0].message).toMatch(/^Could not find that council: no council is called “Atlantis”/);
	});

	it('falls back to any service for an unknown category', () => {
		const { category, notices } = parse('authority=E09000033&category=libraries');
		expect(category).toBeNull();
		expect(notices).toEqual([{ param: 'category', message: 'There is no service category “libraries”; showing partners for any service.' }]);
	});

	it('takes the first of several categories and reports unknown settings', () => {
		const { category, notices } = parse('category=planning,legal&view=map');
		expect(category).toBe('planning');
		expect(notices.map((n) => n.param)).toEqual(['view', 'category']);
	});

	it('chooses nothing when the address names nothing', () => {
		expect(parse('')).toEqual({ authority: null, category: null, choices: [], notices: [] });
	});
});
