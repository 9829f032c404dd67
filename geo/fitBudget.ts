// Finds the most detailed simplification whose output fits the byte budget (gzipped, as the browser
// downloads it), coarsening step by step from a starting weight so the result is deterministic.
import { gzipSync } from 'node:zlib';
import type { SimplifyOptions } from './simplify.ts';

export interface Fitted<T> {
	value: T;
	json: string;
	gzipBytes: number;
	options: SimplifyOptions;
}

const coarsening = 1.5;
const maxSteps = 12;

export function fitBudget<T>(draw: (options: SimplifyOptions) => T, budgetBytes: number, start: SimplifyOptions): Fitted<T> {
	let options = start;
	for (let step = 0; step < maxSteps; step++) {
		const value = draw(options);
		const json = JSON.stringify(value);
		const gzipBytes = gzipSync(json).length;
		if (gzipBytes <= budgetBytes) return { value, json, gzipBytes, options };
		options = { ...options, minWeight: options.minWeight * coarsening, minArea: options.minArea * coarsening };
	}
	throw new Error(`boundaries do not fit ${budgetBytes} gzipped bytes even at minWeight ${options.minWeight}`);
}
