import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { applyFeatureStates } from './colourByFeatureState.ts';

function recorder() {
	const calls: string[] = [];
	const map = {
		setFeatureState: (target: { id: string }, state: object) => calls.push(`set ${target.id} ${JSON.stringify(state)}`),
		removeFeatureState: (target: { id: string }, key?: string) => calls.push(`remove ${target.id} ${key}`)
	} as unknown as MapLibreMap;
	return { map, calls };
}

describe('applyFeatureStates', () => {
	it('writes only the features whose state changed', () => {
		const { map, calls } = recorder();
		const previous = new Map([
			['A', { fill: '#fff' }],
			['B', { fill: '#000' }]
		]);
		const next = new Map([
			['A', { fill: '#fff' }],
			['B', { fill: '#111' }]
		]);
		applyFeatureStates(map, 'authorities', next, previous);
		expect(calls).toEqual(['set B {"fill":"#111"}']);
	});

	it('removes keys that are no longer set, such as an overlay taken off', () => {
		const { map, calls } = recorder();
		applyFeatureStates(map, 'authorities', new Map([['A', { fill: '#fff' }]]), new Map([['A', { fill: '#fff', 'overlay:x': true }]]));
		expect(calls).toEqual(['remove A overlay:x', 'set A {"fill":"#fff"}']);
	});
});
