import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { colourScale } from '../scales/colourScale.ts';
import { patternFor } from '../scales/overlayPatterns.ts';
import { renderMapSvg, type MapImageInput } from './renderMapSvg.ts';

const square = (code: string, west: number): Feature<Polygon, { code: string; name: string }> => ({
	type: 'Feature',
	properties: { code, name: code },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[west, 51],
				[west + 1, 51],
				[west + 1, 52],
				[west, 52],
				[west, 51]
			]
		]
	}
});

const scale = colourScale('count');
const input: MapImageInput = {
	geometry: { kind: 'map', authorities: { type: 'FeatureCollection', features: [square('A', 0), square('B', 1), square('C', 2)] }, counties: null },
	fills: new Map([
		['A', { fill: scale.colour(3) }],
		['B', { fill: scale.colour(0) }],
		['C', { fill: scale.colour(null) }]
	]),
	marks: { selected: new Set(['A']), partners: new Set(['B']), noData: new Set(['C']) },
	scale,
	overlays: [],
	title: 'Number of initiatives by council, councils as in 2012',
	filterLine: 'Filtered to Service: Legal & ICT',
	footer: ['Drawn on 2 December 2026.', 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0.'],
	showsSelection: true
};

describe('renderMapSvg', () => {
	it('fills each council with its colour and hatches the ones without data', () => {
		const svg = renderMapSvg(input);
		expect(svg).toContain(`fill="${scale.colour(3)}"`);
		expect(svg).toContain(`fill="${scale.colour(0)}"`);
		expect(svg.match(/fill="url\(#no-data\)"/g)?.length).toBe(2); // the no-data council and its legend swatch
	});

	it('outlines the selected council and its partners, and says so in the legend', () => {
		const svg = renderMapSvg(input);
		expect(svg).toMatch(/<g fill="none" stroke="#0b0c0c" stroke-width="3.5"><path d="M[^"]+"\/><\/g>/);
		expect(svg).toMatch(/stroke-dasharray="5 3"><path d="M[^"]+"\/><\/g>/);
		expect(svg).toContain('>Selected council<');
		expect(renderMapSvg({ ...input, showsSelection: false })).not.toContain('>Selected council<');
	});

	it('carries the title, every legend class, the filter line (escaped) and the attribution', () => {
		const svg = renderMapSvg(input);
		expect(svg).toContain('<title id="map-title">Number of initiatives by council, councils as in 2012</title>');
		for (const item of scale.items) expect(svg).toContain(`>${item.label}<`);
		expect(svg).toContain('Filtered to Service: Legal &amp; ICT');
		expect(svg).toContain('Open Government Licence v.3.0.');
	});

	it('lists programme overlays with their patterns', () => {
		const svg = renderMapSvg({ ...input, overlays: [{ name: 'Capital and asset pathfinders', pattern: patternFor(0), codes: new Set(['B']) }] });
		expect(svg).toContain(`<pattern id="${patternFor(0).id}"`);
		expect(svg).toContain('>Capital and asset pathfinders<');
		expect(svg.match(new RegExp(`fill="url\\(#${patternFor(0).id}\\)"`, 'g'))?.length).toBe(2);
	});

	it('keeps every shape inside the image', () => {
		const svg = renderMapSvg(input);
		const numbers = [...svg.matchAll(/<path d="M([^"]+)"\/>/g)].flatMap((m) =>
			m[1]
				.split(/[MLZHV,\s]+/i)
				.filter(Boolean)
				.map(Number)
		);
		expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...numbers)).toBeLessThanOrEqual(1200);
	});
});
