import { describe, expect, it } from 'vitest';
import { authorityFillLayer, layerBefore } from './layers.ts';

describe('layerBefore', () => {
	const order = ['basemap-land', authorityFillLayer, 'overlay-a', 'county-line', 'partner-line', 'selected-line'];

	it('puts the no-data hatching right above the fill, under the overlays', () => {
		expect(layerBefore('no-data-pattern', order)).toBe('overlay-a');
	});

	it('puts a new overlay above the patterns already there, under every line', () => {
		expect(layerBefore('overlay-b', order)).toBe('county-line');
	});

	it('puts a mark line under the next mark line drawn, or on top', () => {
		expect(layerBefore('hover-line', order)).toBe('selected-line');
		expect(layerBefore('selected-casing', order)).toBe('selected-line');
		expect(layerBefore('selected-line', order)).toBeUndefined();
	});
});
