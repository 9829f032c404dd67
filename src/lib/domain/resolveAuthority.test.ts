import { describe, expect, it } from 'vitest';
import { aliases, authorities } from '../../../tests/support/register.ts';
import { authorityLabel, createResolver, normaliseName } from './resolveAuthority.ts';

const resolver = createResolver(authorities, aliases);
const code = (name: string, year?: number | null) => resolver.resolve(name, year).code;

describe('normaliseName', () => {
	it('folds case, accents, apostrophes, ampersands and punctuation', () => {
		expect(normaliseName('King’s Lynn & West-Norfolk')).toBe('kings lynn and west norfolk');
		expect(normaliseName('St. Helens')).toBe(normaliseName('St Helens'));
		expect(normaliseName('Saint Helens')).toBe('st helens');
	});
});

describe('resolver.resolve', () => {
	it('resolves exact ONS names', () => {
		expect(code('Taunton Deane')).toBe('E07000190');
		expect(code('Kingston upon Hull, City of')).toBe('E06000010');
	});

	it('resolves a former council by its own name in any year, never its successor', () => {
		expect(code('Taunton Deane', 2012)).toBe('E07000190');
		expect(code('Taunton Deane', 2024)).toBe('E07000190');
	});

	it('picks the code valid in the start year when a council was recoded', () => {
		expect(code('Gateshead', 2012)).toBe('E08000020');
		expect(code('Gateshead', 2021)).toBe('E08000037');
	});

	it('defaults to the 2012 councils when no year is given', () => {
		expect(code('Gateshead')).toBe('E08000020');
		expect(code('Gateshead', null)).toBe('E08000020');
	});

	it('reads "County Council" as the county and a plain name as the unitary', () => {
		expect(code('Somerset County Council', 2012)).toBe('E10000027');
		expect(code('Somerset', 2024)).toBe('E06000066');
		expect(code('Kent County Council')).toBe('E10000016');
		expect(code('Kent')).toBe('E10000016');
	});

	it('accepts spelling variants: St/St., &/and, hyphens, case and apostrophes', () => {
		expect(code('St Helens')).toBe('E08000013');
		expect(code('st. helens metropolitan borough council')).toBe('E08000013');
		expect(code('Kings Lynn & West Norfolk')).toBe('E07000146');
		expect(code('Kensington & Chelsea')).toBe('E09000020');
		expect(code('Royal Borough of Kensington and Chelsea')).toBe('E09000020');
		expect(code('London Borough of Hammersmith & Fulham')).toBe('E09000013');
	});

	it('accepts "City of" in front, behind or as "City Council"', () => {
		expect(code('Bristol')).toBe('E06000023');
		expect(code('City of Bristol')).toBe('E06000023');
		expect(code('Bristol City Council')).toBe('E06000023');
		expect(code('Westminster City Council')).toBe('E09000033');
		expect(code('City of Westminster')).toBe('E09000033');
		expect(code('City of London')).toBe('E09000001');
	});

	it('matches "Durham County Council" to the County Durham unitary', () => {
		expect(code('Durham County Council')).toBe('E06000047');
		expect(code('County Durham')).toBe('E06000047');
	});

	it('uses former names from the register and the project alias table', () => {
		expect(code('Shepway')).toBe('E07000112');
		expect(code('Shepway District Council')).toBe('E07000112');
		expect(code('Hull')).toBe('E06000010');
	});

	it('accepts a GSS code in place of a name', () => {
		expect(code('e07000190')).toBe('E07000190');
		expect(resolver.resolve('E99999999')).toEqual({ code: null, reason: 'no council in the register has the code “E99999999”', suggestions: [] });
	});

	it('explains an unknown name and suggests close matches', () => {
		const result = resolver.resolve('Tanton Dean');
		expect(result).toEqual({
			code: null,
			reason: 'no council is called “Tanton Dean”; did you mean Taunton Deane (E07000190)?',
			suggestions: ['Taunton Deane (E07000190)']
		});
	});

	it('tells a reader of the site what to do about a name with no close match, without naming project files', () => {
		expect(resolver.resolve('Atlantis')).toEqual({
			code: null,
			reason: 'no council is called “Atlantis”; check the spelling against the ONS name, or give its GSS code',
			suggestions: []
		});
	});

	it('gives the advice it is created with for a name with no close match', () => {
		expect(createResolver(authorities, [], 'add it to the alias table').resolve('Atlantis')).toMatchObject({
			reason: 'no council is called “Atlantis”; add it to the alias table'
		});
	});

	it('refuses an empty name', () => {
		expect(resolver.resolve('  ')).toEqual({ code: null, reason: 'the council name is empty', suggestions: [] });
	});
});

describe('resolver.search', () => {
	it('ranks exact and prefix matches before substrings', () => {
		expect(resolver.search('kent').map((a) => a.code)[0]).toBe('E10000016');
		expect(resolver.search('gates').map((a) => a.code)).toEqual(['E08000037', 'E08000020']);
	});

	it('finds councils by a word inside the name, a former name or a code', () => {
		expect(resolver.search('chelsea').map((a) => a.code)).toEqual(['E09000020']);
		expect(resolver.search('shep').map((a) => a.code)).toEqual(['E07000112']);
		expect(resolver.search('E06000023').map((a) => a.code)).toEqual(['E06000023']);
	});

	it('tolerates one typo', () => {
		expect(resolver.search('Tauntn').map((a) => a.code)).toContain('E07000190');
	});

	it('returns nothing for an empty query and respects the limit', () => {
		expect(resolver.search('  ')).toEqual([]);
		expect(resolver.search('e', 2)).toHaveLength(2);
	});
});

describe('authorityLabel', () => {
	it('adds "County Council" to counties only', () => {
		expect(authorityLabel({ name: 'Kent', kind: 'county' })).toBe('Kent County Council');
		expect(authorityLabel({ name: 'Ashford', kind: 'non-metropolitan district' })).toBe('Ashford');
	});
});
