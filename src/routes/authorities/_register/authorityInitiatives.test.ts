import { describe, expect, it } from 'vitest';
import { initiative, register } from '../../../../tests/support/register.ts';
import { authorityInitiatives } from './authorityInitiatives.ts';

describe('authorityInitiatives', () => {
	const initiatives = [initiative('somerset', ['E06000066']), initiative('td', ['E07000190', 'E07000191']), initiative('london', ['E09000033'])];

	it('lists initiatives naming the authority', () => {
		expect(authorityInitiatives('E09000033', initiatives, register).direct.map((i) => i.slug)).toEqual(['london']);
	});

	it('lists a predecessor’s initiatives through any chain, with the predecessor named', () => {
		const { direct, inherited } = authorityInitiatives('E06000066', initiatives, register);
		expect(direct.map((i) => i.slug)).toEqual(['somerset']);
		expect(inherited.map(({ initiative, via }) => [initiative.slug, via])).toEqual([['td', 'E07000190']]);
	});
});
