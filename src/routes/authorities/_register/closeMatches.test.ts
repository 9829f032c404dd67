import { describe, expect, it } from 'vitest';
import { authorities } from '../../../../tests/support/register.ts';
import { closeMatches } from './closeMatches.ts';

describe('closeMatches', () => {
	it('suggests codes one keystroke away', () => {
		expect(closeMatches('E09000034', authorities)[0]).toEqual({ code: 'E09000033', name: 'Westminster' });
	});

	it('suggests councils by name when the text is a name', () => {
		expect(closeMatches('westminster', authorities).map((m) => m.code)).toContain('E09000033');
	});

	it('suggests nothing for text like no council', () => {
		expect(closeMatches('zzzzzzzz', authorities)).toEqual([]);
	});
});
