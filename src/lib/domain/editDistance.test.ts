import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance.ts';

describe('editDistance', () => {
	it('is zero for equal strings and the length of the other for an empty one', () => {
		expect(editDistance('E09000033', 'E09000033')).toBe(0);
		expect(editDistance('', 'Bury')).toBe(4);
	});

	it('counts one substitution, insertion or deletion as one', () => {
		expect(editDistance('E09000033', 'E09000032')).toBe(1);
		expect(editDistance('Shepway', 'Shepwy')).toBe(1);
		expect(editDistance('Wigan', 'Wiggan')).toBe(1);
	});
});
