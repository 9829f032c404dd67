import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGeo } from './buildGeo.ts';
import { hasMirror, mirrorDir, mirrorLabel } from './fixtures/mirror.ts';

// What an online build finds in .cache/geo-sources/: the upstream originals, not the mirror's derived files.
// The mirror carries those originals too, so an online build can be replayed without a network.
const upstream: Record<string, string> = {
	'boundaries2012.geojson': 'boundaries/lad_2012dec_gb_bsc.topo.json',
	'lookup2012.csv': 'lookups/source/CTRY12_GOR10_CTY12_LAD12_WD12_UK_LU.csv',
	'boundaries2024.geojson': 'boundaries/lad_2024dec_uk_bgc.topo.json',
	'regions2024.geojson': 'lookups/lad24_cty24_rgn24_lookup.csv',
	'counties2024.geojson': 'lookups/lad24_cty24_rgn24_lookup.csv',
	'changes.csv': 'lookups/lad_changes_2018_2025_onsvisual.csv',
	'latest.csv': 'lookups/la_all_codes_drkane.csv',
	'population2012.csv': 'population/source/MYEB3_summary_components_of_change_series_UK_2018.csv',
	'population2024.csv': 'population/source/mye24tablesew.csv',
	'countyPopulation2024.csv': 'population/source/mye24tablesew.csv',
	'hex2012.hexjson': 'hex/uk-local-authority-districts-2018.hexjson',
	'hex2024.hexjson': 'hex/uk-local-authority-districts-2023.hexjson'
};

describe.skipIf(!hasMirror)(`an online build, replayed from ${mirrorLabel}`, () => {
	it('builds the same outputs from the upstream originals as from the mirror', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'geo-cache-'));
		for (const [name, file] of Object.entries(upstream)) symlinkSync(join(mirrorDir, file), join(cacheDir, name));
		const online = mkdtempSync(join(tmpdir(), 'geo-online-'));
		const offline = mkdtempSync(join(tmpdir(), 'geo-offline-'));
		// Without the hand-compiled 2013 re-codings and 2012 county figures, which have no download.
		const fromUpstream = await buildGeo({ cacheDir, outDir: online });
		const fromMirror = await buildGeo({ sourceDir: mirrorDir, cacheDir, outDir: offline });
		expect(fromUpstream.manifest).toEqual(fromMirror.manifest);
		expect(readFileSync(join(online, 'size-report.json'), 'utf8')).toBe(readFileSync(join(offline, 'size-report.json'), 'utf8'));
	}, 60_000);
});
