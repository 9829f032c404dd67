// Fill patterns for the programme overlays, as data: the map paints them into images and the legend
// draws the same ones in SVG, so an overlay is told apart by its pattern, not by its colour.

export interface OverlayPattern {
	id: string;
	/** Human description for the legend's text alternative. */
	name: string;
	kind: 'lines' | 'dots' | 'cross';
	/** Line angle in degrees (lines and cross). */
	angle: number;
	/** Distance between lines or dots, in CSS pixels. */
	spacing: number;
}

export const overlayPatterns: readonly OverlayPattern[] = [
	{ id: 'overlay-diagonal', name: 'diagonal lines', kind: 'lines', angle: 45, spacing: 8 },
	{ id: 'overlay-dots', name: 'dots', kind: 'dots', angle: 0, spacing: 8 },
	{ id: 'overlay-vertical', name: 'vertical lines', kind: 'lines', angle: 90, spacing: 8 },
	{ id: 'overlay-backslash', name: 'back-diagonal lines', kind: 'lines', angle: 135, spacing: 8 },
	{ id: 'overlay-grid', name: 'grid', kind: 'cross', angle: 0, spacing: 10 },
	{ id: 'overlay-horizontal', name: 'horizontal lines', kind: 'lines', angle: 0, spacing: 8 },
	{ id: 'overlay-crosshatch', name: 'cross-hatching', kind: 'cross', angle: 45, spacing: 10 },
	{ id: 'overlay-sparse-dots', name: 'sparse dots', kind: 'dots', angle: 0, spacing: 14 }
];

export const patternInk = '#0b0c0c';

/** The pattern for the n-th overlay switched on; more overlays than patterns repeat from the start. */
export function patternFor(index: number): OverlayPattern {
	return overlayPatterns[index % overlayPatterns.length];
}

/** Tile size (px) of a pattern: a square that repeats seamlessly. */
export function tileSize(pattern: OverlayPattern): number {
	return pattern.kind === 'dots' ? pattern.spacing : pattern.angle % 90 === 0 ? pattern.spacing : Math.round(pattern.spacing * Math.SQRT2);
}

/**
 * Whether pixel (x, y) of the tile is ink: pure so that canvas and tests agree.
 * Diagonal lines use the tile diagonal so that tiles join without seams.
 */
export function isInk(pattern: OverlayPattern, x: number, y: number): boolean {
	const size = tileSize(pattern);
	const width = 1.5;
	switch (pattern.kind) {
		case 'dots': {
			const c = (size - 1) / 2;
			return (x - c) ** 2 + (y - c) ** 2 <= 2.5;
		}
		case 'lines':
			return onLine(pattern.angle, x, y, size, width);
		case 'cross':
			return onLine(pattern.angle, x, y, size, width) || onLine(pattern.angle + 90, x, y, size, width);
	}
}

function onLine(angle: number, x: number, y: number, size: number, width: number): boolean {
	const a = ((angle % 180) + 180) % 180;
	if (a === 0) return y < width;
	if (a === 90) return x < width;
	// 45: lines through x + y = k * size; 135: through x - y = k * size.
	const d = a === 45 ? (x + y) % size : (((x - y) % size) + size) % size;
	return d < width || d > size - width;
}

/** The hatching that marks "no data" under its grey fill (thin, dense and lighter than the overlays). */
export const noDataPattern: OverlayPattern = { id: 'no-data', name: 'fine hatching', kind: 'lines', angle: 135, spacing: 6 };
export const noDataInk = '#6f777b';
