import { describe, expect, it } from 'vitest';
import { validateDraft } from './validateDraft.ts';

const context = {
	programmes: ['one_public_estate'],
	categories: ['legal'],
	authorities: new Map([
		['E09000033', 'Westminster'],
		['E09000020', 'Kensington and Chelsea']
	])
};
const draft = {
	slug: 'legal-share',
	name: 'Legal share',
	programme: '',
	category: 'legal',
	status: 'operational',
	statusAsOf: '2014-03',
	lgaMapListed: true,
	startYear: 2013,
	endYear: null,
	description: 'Two boroughs share a legal service.',
	savings: [
		{
			amount: 500000,
			kind: 'achieved',
			period: 'annual',
			fromYear: 2013,
			toYear: 2013,
			scope: '',
			reported: '2014',
			source: 'https://example.org/legal',
			basis: 'saves £0.5m a year'
		}
	],
	sources: [{ url: 'https://example.org/legal', title: 'Legal', date: '2013', mirror: true }],
	participations: [
		{ code: 'E09000033', name: 'Westminster', role: 'lead', abolished: null },
		{ code: 'E09000020', name: 'Kensington and Chelsea', role: 'partner', abolished: null }
	]
};
const figure = draft.savings[0];

describe('validateDraft', () => {
	it('accepts a draft as the app stores it', () => {
		expect(validateDraft(draft, context)).toEqual({ ok: true, draft });
	});

	it('accepts the keys in another order, as PocketBase returns stored JSON', () => {
		const reordered = Object.fromEntries(Object.entries(draft).reverse());
		expect(validateDraft(reordered, context).ok).toBe(true);
	});

	it("passes on only an initiative's fields", () => {
		const result = validateDraft({ ...draft, lifecycle: 'published' }, context);
		expect(result.ok && 'lifecycle' in result.draft).toBe(false);
	});

	it.each([
		['data that is not an object', 'text', 'data'],
		['sources holding null', { ...draft, sources: [null] }, 'source_url'],
		['a javascript: source', { ...draft, sources: [{ url: 'javascript:alert(1)', title: '', date: '' }] }, 'source_url'],
		['an unknown programme', { ...draft, programme: 'nope' }, 'programme'],
		['a year given as text', { ...draft, startYear: 'abc' }, 'start_year'],
		['a year given as a numeric string', { ...draft, startYear: '2013' }, 'startYear'],
		['a number for a name', { ...draft, name: 42 }, 'name'],
		['a NUL byte in the name', { ...draft, name: 'Legal\u0000share' }, 'name'],
		[
			'an unknown council code',
			{ ...draft, participations: [{ code: 'E99999999', name: 'x', role: 'partner' }, draft.participations[1]] },
			'councils'
		],
		['a role that does not exist', { ...draft, participations: [{ ...draft.participations[0], role: 'boss' }, draft.participations[1]] }, 'councils'],
		['an object where text belongs', { ...draft, status: { $gt: '' } }, 'status'],
		['a status date that is not a date', { ...draft, statusAsOf: '2014-13' }, 'status_as_of'],
		['a listing flag given as text', { ...draft, lgaMapListed: 'yes' }, 'lgaMapListed'],
		['a mirror flag given as text', { ...draft, sources: [{ ...draft.sources[0], mirror: 'yes' }] }, 'source_url'],
		['savings that are not a list', { ...draft, savings: 'lots' }, 'savings'],
		['a savings figure without a kind', { ...draft, savings: [{ ...figure, kind: 'vast' }] }, 'savings'],
		['a savings amount given as text', { ...draft, savings: [{ ...figure, amount: '500000' }] }, 'savings'],
		['a savings figure for a council the draft does not name', { ...draft, savings: [{ ...figure, scope: 'E09000001' }] }, 'savings'],
		['a savings figure with a javascript: source', { ...draft, savings: [{ ...figure, source: 'javascript:alert(1)' }] }, 'savings'],
		['two figures of one kind, period and scope', { ...draft, savings: [figure, { ...figure, amount: 1 }] }, 'savings'],
		['a savings basis with a control character', { ...draft, savings: [{ ...figure, basis: 'saves\u0000' }] }, 'savings'],
		['a shared service naming one council', { ...draft, participations: [draft.participations[0]] }, 'councils']
	])('refuses %s, naming the field', (_name, data, field) => {
		const result = validateDraft(data, context);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.map((p) => p.field)).toContain(field);
	});
});
