import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hexLayout } from './hex.ts';

function hexFile(hexes: Record<string, { q: number; r: number }>): string {
	const path = join(mkdtempSync(join(tmpdir(), 'geo-hex-')), 'layout.hexjson');
	writeFileSync(path, JSON.stringify({ layout: 'odd-r', hexes }));
	return path;
}

const codes = new Set(['E06000048', 'E07000001']);
const recoded = new Map([['E06000057', 'E06000048']]);

describe('hexLayout', () => {
	it('keys hexes by the vintage codes, mapping re-coded ones back and dropping other nations', () => {
		const path = hexFile({ E07000001: { q: 1, r: 2 }, E06000057: { q: 3, r: 4 }, W06000001: { q: 0, r: 0 } });
		expect(hexLayout(path, codes, recoded)).toEqual({ layout: 'odd-r', hexes: { E06000048: { q: 3, r: 4 }, E07000001: { q: 1, r: 2 } } });
	});

	it('stops on a hex for a code the boundaries lack, naming file and code', () => {
		const path = hexFile({ E07000001: { q: 1, r: 2 }, E06000048: { q: 3, r: 4 }, E07000999: { q: 5, r: 5 } });
		expect(() => hexLayout(path, codes, recoded)).toThrow(`${path}: code E07000999 is not in this vintage's boundaries`);
	});

	it('stops on an authority without a hex', () => {
		const path = hexFile({ E07000001: { q: 1, r: 2 } });
		expect(() => hexLayout(path, codes, recoded)).toThrow('code E06000048 has no hex');
	});
});
