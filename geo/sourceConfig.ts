// The shape of geo/sources.json, the list of pipeline inputs, and its loader: one place that knows
// where each input lives in a mirror, where it is downloaded from, and which column names it may use.
import { readFileSync } from 'node:fs';
import type { Vintage } from '../src/lib/domain/authority.ts';

export interface SourceInput {
	/** Path inside a mirror folder (GEO_SOURCE_DIR). */
	file: string;
	/** Download used without a mirror; null when the mirror copy was compiled by hand. */
	url: string | null;
	/** Accepted column names per logical field, mirror name first. */
	fields?: Record<string, string[]>;
}

export interface VintageSources {
	year: number;
	boundaries: string;
	/** The first lookup must list every authority; later ones add columns for some of them. */
	lookups: string[];
	population: string[];
	hex: string;
}

export interface SourceConfig {
	attribution: string;
	inputs: Record<string, SourceInput>;
	vintages: Record<Vintage, VintageSources>;
	changes: string[];
	latest: string;
}

export const sourceConfigPath = new URL('./sources.json', import.meta.url);

export function loadSourceConfig(path: URL | string = sourceConfigPath): SourceConfig {
	return JSON.parse(readFileSync(path, 'utf8')) as SourceConfig;
}
