// Finds the pipeline's inputs: in the mirror named by GEO_SOURCE_DIR (offline, CI, tests) or, without it,
// in .cache/geo-sources/ after downloading them from the URLs in geo/sources.json.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { downloadSources } from './downloadSources.ts';
import { GeoInputError } from './GeoInputError.ts';
import type { SourceConfig } from './sourceConfig.ts';

export interface Sources {
	config: SourceConfig;
	/** Where the input lives and its accepted fields; stops the build when it has no download (online only). */
	input(key: string): { path: string; fields: Record<string, string[]> };
	/** Like input(), but null when the input has no download (online only). */
	optional(key: string): { path: string; fields: Record<string, string[]> } | null;
}

export async function locateSources(config: SourceConfig, sourceDir: string | undefined, cacheDir: string): Promise<Sources> {
	if (sourceDir) {
		const dir = resolve(sourceDir);
		if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new GeoInputError(sourceDir, 'GEO_SOURCE_DIR does not name a folder');
		for (const { file } of Object.values(config.inputs)) {
			if (!existsSync(join(dir, file))) throw new GeoInputError(join(sourceDir, file), 'input file is missing');
		}
		return sourcesAt(config, (key) => join(sourceDir, config.inputs[key].file));
	}
	const paths = await downloadSources(config, cacheDir);
	return sourcesAt(config, (key) => paths.get(key) ?? null);
}

function sourcesAt(config: SourceConfig, pathOf: (key: string) => string | null): Sources {
	const optional = (key: string) => {
		const spec = config.inputs[key];
		if (!spec) throw new Error(`geo/sources.json has no input "${key}"`);
		const path = pathOf(key);
		return path ? { path, fields: spec.fields ?? {} } : null;
	};
	const input = (key: string) => {
		const found = optional(key);
		if (!found) throw new GeoInputError(config.inputs[key].file, 'has no download; set GEO_SOURCE_DIR to a mirror that has it');
		return found;
	};
	return { config, input, optional };
}
