import { describe, expect, it } from 'vitest';
import { comboboxKey } from './comboboxKey.ts';

describe('comboboxKey', () => {
	it('moves down from no active option to the first, and wraps from the last to the first', () => {
		expect(comboboxKey('ArrowDown', 3, -1)).toEqual({ move: 0 });
		expect(comboboxKey('ArrowDown', 3, 2)).toEqual({ move: 0 });
	});
	it('moves up from no active option or the first to the last', () => {
		expect(comboboxKey('ArrowUp', 3, -1)).toEqual({ move: 2 });
		expect(comboboxKey('ArrowUp', 3, 0)).toEqual({ move: 2 });
		expect(comboboxKey('ArrowUp', 3, 2)).toEqual({ move: 1 });
	});
	it('picks the active option on Enter, and lets Enter submit the form when none is active', () => {
		expect(comboboxKey('Enter', 3, 1)).toEqual({ pick: 1 });
		expect(comboboxKey('Enter', 3, -1)).toBeNull();
	});
	it('closes the list on Escape', () => {
		expect(comboboxKey('Escape', 3, 0)).toEqual({ close: true });
	});
	it('lets every key through while no suggestions show, and ignores other keys', () => {
		expect(comboboxKey('ArrowDown', 0, -1)).toBeNull();
		expect(comboboxKey('Escape', 0, -1)).toBeNull();
		expect(comboboxKey('a', 3, 0)).toBeNull();
	});
});
