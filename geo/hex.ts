// Hex cartogram layout of a vintage from an Open Innovations HexJSON file: England only, keyed by exactly
// the vintage's authority codes (the 2018 layout carries the 2013 codes of four authorities).
import { readFileSync } from 'node:fs';
import { GeoInputError } from './GeoInputError.ts';

export interface HexLayout {
	layout: string;
	hexes: Record<string, { q: number; r: number }>;
}

const english = /^E0[6-9]\d{6}$/;

/** @param recoded new code -> the vintage's code, for layouts drawn after a re-coding */
export function hexLayout(path: string, codes: Set<string>, recoded: Map<string, string>): HexLayout {
	const json = JSON.parse(readFileSync(path, 'utf8')) as { layout?: string; hexes?: Record<string, { q: number; r: number }> };
	if (!json.layout || !json.hexes) throw new GeoInputError(path, 'is not HexJSON (needs layout and hexes)');
	const hexes: HexLayout['hexes'] = {};
	for (const [key, hex] of Object.entries(json.hexes)) {
		if (!english.test(key)) continue;
		const code = codes.has(key) ? key : recoded.get(key);
		if (!code) throw new GeoInputError(path, `code ${key} is not in this vintage's boundaries`, key);
		if (hexes[code]) throw new GeoInputError(path, `code ${code} has two hexes`, code);
		if (!Number.isInteger(hex.q) || !Number.isInteger(hex.r)) throw new GeoInputError(path, `code ${key} has no q/r`, key);
		hexes[code] = { q: hex.q, r: hex.r };
	}
	const missing = [...codes].find((code) => !hexes[code]);
	if (missing) throw new GeoInputError(path, `code ${missing} has no hex`, missing);
	const sorted = Object.fromEntries(Object.entries(hexes).sort(([a], [b]) => a.localeCompare(b)));
	return { layout: json.layout, hexes: sorted };
}
