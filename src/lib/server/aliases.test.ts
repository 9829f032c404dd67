import { describe, expect, it } from 'vitest';
import { authorities as register } from '../../../tests/support/register.ts';
import { withAliases } from './aliases.ts';

describe('withAliases', () => {
	it('adds the alias table’s names to their authorities, without repeats or the current name', () => {
		const merged = withAliases(register, [
			{ alias: 'Shepway', code: 'E07000112', note: '' },
			{ alias: 'Shepway DC', code: 'E07000112', note: '' },
			{ alias: 'Ashford', code: 'E07000105', note: '' }
		]);
		expect(merged.find((a) => a.code === 'E07000112')?.aliases).toEqual(['Shepway', 'Shepway DC']);
		expect(merged.find((a) => a.code === 'E07000105')?.aliases).toEqual([]);
	});
});
