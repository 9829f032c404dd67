import { describe, expect, it } from 'vitest';
import { register } from '../../../tests/support/register.ts';
import { abolishedOn, countiesOfDistricts, type LifespanAuthority } from './authority.ts';

describe('countiesOfDistricts', () => {
	const counties = countiesOfDistricts(register.values());

	it('gives a two-tier district its county', () => {
		expect(counties.get('E07000190')).toBe('E10000027');
	});

	it('gives no county to a unitary, a London borough or a county itself', () => {
		expect(counties.has('E06000066')).toBe(false);
		expect(counties.has('E09000033')).toBe(false);
		expect(counties.has('E10000027')).toBe(false);
	});
});

describe('abolishedOn', () => {
	const authorities = new Map<string, LifespanAuthority>([
		['old-gateshead', { name: 'Gateshead', validTo: '2013-04-01', successors: ['gateshead'] }],
		['gateshead', { name: 'Gateshead', validTo: null, successors: [] }],
		['taunton', { name: 'Taunton Deane', validTo: '2019-04-01', successors: ['swt'] }],
		['swt', { name: 'Somerset West and Taunton', validTo: '2023-04-01', successors: ['somerset'] }],
		['recoded-then-gone', { name: 'Shire', validTo: '2013-04-01', successors: ['shire'] }],
		['shire', { name: 'Shire', validTo: '2019-04-01', successors: ['big'] }],
		['no-successors-known', { name: 'Old', validTo: '2009-04-01' }],
		['somerset-county', { name: 'Somerset', kind: 'county', validTo: '2023-04-01', successors: ['somerset-unitary'] }],
		['somerset-unitary', { name: 'Somerset', kind: 'unitary', validTo: null, successors: [] }]
	]);
	const lookup = (code: string) => authorities.get(code);
	it.each([
		['a council that exists', 'gateshead', null],
		['a council merged into another', 'taunton', '2019-04-01'],
		['a council only recoded, which lives on', 'old-gateshead', null],
		['a recoded council abolished later, on that later day', 'recoded-then-gone', '2019-04-01'],
		['a council whose successors are not given', 'no-successors-known', '2009-04-01'],
		['an unknown code', 'nowhere', null],
		['a county replaced by a unitary of the same name', 'somerset-county', '2023-04-01']
	])('is right for %s', (_, code, expected) => {
		expect(abolishedOn(code, lookup)).toBe(expected);
	});
});
