// Paints the overlay and no-data patterns (defined as data in scales/overlayPatterns.ts) into RGBA
// images for `fill-pattern`, so the map needs no sprite sheet.
import { isInk, tileSize, type OverlayPattern } from '../scales/overlayPatterns.ts';

export interface PatternImage {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

/** `scale` renders the tile at device pixel ratio; MapLibre is told the same ratio when adding it. */
export function patternImage(pattern: OverlayPattern, ink: string, scale: number): PatternImage {
	const base = tileSize(pattern);
	const size = Math.max(1, Math.round(base * scale));
	const [r, g, b] = hexToRgb(ink);
	const data = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			if (!isInk(pattern, Math.floor((x * base) / size), Math.floor((y * base) / size))) continue;
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = 255;
		}
	}
	return { width: size, height: size, data };
}

function hexToRgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
