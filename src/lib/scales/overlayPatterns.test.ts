import { describe, expect, it } from 'vitest';
import { isInk, overlayPatterns, patternFor, tileSize } from './overlayPatterns.ts';

describe('overlayPatterns', () => {
	it('gives each pattern a different set of ink pixels', () => {
		const signatures = overlayPatterns.map((p) => {
			const size = tileSize(p);
			let bits = `${size}:`;
			for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) bits += isInk(p, x, y) ? '1' : '0';
			return bits;
		});
		expect(new Set(signatures).size).toBe(overlayPatterns.length);
	});

	it('inks some but not most of a tile, so the colour underneath stays readable', () => {
		for (const p of overlayPatterns) {
			const size = tileSize(p);
			let ink = 0;
			for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (isInk(p, x, y)) ink++;
			expect(ink).toBeGreaterThan(0);
			expect(ink / (size * size)).toBeLessThan(0.5);
		}
	});

	it('repeats patterns when there are more overlays than patterns', () => {
		expect(patternFor(overlayPatterns.length)).toBe(overlayPatterns[0]);
	});
});
