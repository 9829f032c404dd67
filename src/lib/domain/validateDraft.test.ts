import { describe, expect, it } from 'vitest';
import { validateDraft } from './validateDraft.ts';

const context = { programmes: ['shared_services'], categories: ['legal'], authorities: new Map([['E09000033', 'Westminster'], ['E09000020', 'Kensington and Chelsea']]) };
const draft = {
	slug: 'legal-share',
	name: 'Legal share',
	programme: 'shared_services',
	category: 'legal',
	status: 'operational',
	startYear: 2013,
	endYear: null,
	description: 'Two boroughs share a legal service.',
	annualSavings: null,
	totalSavings: null,
	savingsBasis: '',
	sources: [{ url: 'https://example.org/legal', title: 'Legal', date: '2013' }],
	participations: [
		{ code: 'E09000033', name: 'Westminster', role: 'lead' },
		{ code: 'E09000020', name: 'Kensington and Chelsea', role: 'partner' }
	]
};

describe('validateDraft', () => {
	it('accepts a draft as the app stores it', () => {
		expect(validateDraft(draft, context)).toEqual({ ok: true, draft });
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
		['an unknown council code', { ...draft, participations: [{ code: 'E99999999', name: 'x', role: 'partner' }, draft.participations[1]] }, 'councils'],
		['a role that does not exist', { ...draft, participations: [{ ...draft.participations[0], role: 'boss' }, draft.participations[1]] }, 'councils'],
		['an object where text belongs', { ...draft, status: { $gt: '' } }, 'status']
	])('refuses %s, naming the field', (_name, data, field) => {
		const result = validateDraft(data, context);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.map((p) => p.field)).toContain(field);
	});
});
