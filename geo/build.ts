// CLI for the geo pipeline (npm run build:geo): reads GEO_SOURCE_DIR or downloads the sources, writes
// static/geo/, and turns bad input into one "geo: <file>: <problem>" line and exit code 1.
import { resolve } from 'node:path';
import { buildGeo } from './buildGeo.ts';
import { GeoInputError } from './GeoInputError.ts';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
try {
	const { manifest, outputs } = await buildGeo({
		sourceDir: process.env.GEO_SOURCE_DIR || undefined,
		cacheDir: resolve(root, '.cache/geo-sources'),
		outDir: resolve(root, 'static/geo')
	});
	for (const [vintage, size] of Object.entries(outputs.sizeReport)) {
		const file = manifest.vintages[vintage].boundaries;
		console.log(`geo: ${vintage}: ${size.authorities} authorities, ${size.counties} counties, ${file} ${size.gzipBytes} bytes gzipped`);
	}
	console.log(`geo: ${manifest.authorities} written to static/geo/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
	if (!(error instanceof GeoInputError)) throw error;
	console.error(`geo: ${error.message}`);
	process.exit(1);
}
