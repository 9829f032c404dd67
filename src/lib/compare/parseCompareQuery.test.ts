import { describe, expect, it } from 'vitest';
import { authorities } from '../../../tests/support/register.ts';
import { parseCompareQuery } from './parseCompareQuery.ts';

const parse = (query: string) => parseCompareQuery(new URLSearchParams(query), authorities, 2024);

describe('parseCompareQuery', () => {
	it('reads a comma list of codes or names in order', () => {
		expect(parse('codes=E09000033,kensington and chelsea,Somerset')).toEqual({ codes: ['E09000033', 'E09000020', 'E06000066'], notices: [] });
	});

	it('reads the picker form’s repeated fields and skips the empty ones', () => {
		expect(parse('codes=Westminster&codes=&codes=E09000013&codes=').codes).toEqual(['E09000033', 'E09000013']);
	});

	it('allows a former council', () => {
		expect(parse('codes=Taunton Deane,Somerset').codes).toEqual(['E07000190', 'E06000066']);
	});

	it('drops unknown names and repeats with a notice for each', () => {
		const { codes, notices } = parse('codes=E09000033,Atlantis,westminster,E09000020');
		expect(codes).toEqual(['E09000033', 'E09000020']);
		expect(notices.map((n) => n.message)).toEqual([
			expect.stringMatching(/^Left out “Atlantis”: no council is called “Atlantis”/),
			'Westminster was named twice; it is shown once.'
		]);
	});

	it('keeps the first four and names the ones left out', () => {
		const { codes, notices } = parse('codes=E09000033,E09000020,E09000013,E06000066,E07000187');
		expect(codes).toHaveLength(4);
		expect(notices).toEqual([{ param: 'codes', message: 'Up to 4 councils can be compared; left out Mendip.' }]);
	});

	it('asks for a second council when only one is given, but says nothing when none is', () => {
		expect(parse('codes=E09000033').notices).toEqual([{ param: 'codes', message: 'Choose at least 2 councils to compare.' }]);
		expect(parse('')).toEqual({ codes: [], notices: [] });
	});

	it('reports settings it does not know', () => {
		expect(parse('codes=E09000033,E09000020&view=map').notices).toEqual([{ param: 'view', message: 'Ignored the unknown setting “view”.' }]);
	});
});
