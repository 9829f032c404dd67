// Downloads the inputs listed in geo/sources.json into a cache folder (kept between runs, so a second
// build works offline), failing on the first input that cannot be fetched with the URL that failed.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GeoInputError } from './GeoInputError.ts';
import type { SourceConfig } from './sourceConfig.ts';

/** Returns the cached path of every input that has a URL. */
export async function downloadSources(config: SourceConfig, cacheDir: string): Promise<Map<string, string>> {
	mkdirSync(cacheDir, { recursive: true });
	const paths = new Map<string, string>();
	for (const [key, { url }] of Object.entries(config.inputs)) {
		if (!url) continue;
		const path = join(cacheDir, `${key}${extensionOf(url)}`);
		if (!existsSync(path)) {
			const body = await fetchText(url);
			// Write then rename, so an interrupted download never leaves a truncated file that looks cached.
			writeFileSync(`${path}.part`, body);
			renameSync(`${path}.part`, path);
		}
		paths.set(key, path);
	}
	return paths;
}

async function fetchText(url: string): Promise<string> {
	let response: Response;
	try {
		response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
	} catch (error) {
		const cause = (error as Error).cause;
		const reason = cause instanceof Error ? String(cause) : (error as Error).message;
		throw new GeoInputError(url, `download failed (${reason}); offline? set GEO_SOURCE_DIR to a mirror`);
	}
	if (!response.ok) throw new GeoInputError(url, `download failed with HTTP ${response.status}`);
	const body = await response.text();
	// ArcGIS answers errors and truncated pages with HTTP 200.
	if (/^\s*\{\s*"error"/.test(body)) throw new GeoInputError(url, `the server answered with an error: ${body.slice(0, 200)}`);
	if (/"exceededTransferLimit"\s*:\s*true/.test(body)) {
		throw new GeoInputError(url, 'the answer is truncated (more than one page of features)');
	}
	return body;
}

function extensionOf(url: string): string {
	if (/[?&]f=geojson/.test(url)) return '.geojson';
	return /\.(csv|hexjson|json)$/.exec(new URL(url).pathname)?.[0] ?? '.txt';
}
