import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGeo } from './buildGeo.ts';
import { hasMirror, mirrorDir, mirrorLabel } from './fixtures/mirror.ts';
import { GeoInputError } from './GeoInputError.ts';

// A copy of the mirror made of links, with one file rewritten by `edit`.
function brokenMirror(file: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'geo-broken-'));
	const link = (from: string) => {
		for (const name of readdirSync(from)) {
			const path = join(from, name);
			const target = join(dir, relative(mirrorDir, path));
			if (statSync(path).isDirectory()) {
				mkdirSync(target, { recursive: true });
				link(path);
			} else if (relative(mirrorDir, path) !== file) symlinkSync(path, target);
		}
	};
	link(mirrorDir);
	mkdirSync(dirname(join(dir, file)), { recursive: true });
	writeFileSync(join(dir, file), edit(readFileSync(join(mirrorDir, file), 'utf8')));
	return dir;
}

async function failure(sourceDir: string): Promise<GeoInputError> {
	const outDir = mkdtempSync(join(tmpdir(), 'geo-out-'));
	const error = await buildGeo({ sourceDir, outDir, cacheDir: join(outDir, 'cache') }).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(GeoInputError);
	return error as GeoInputError;
}

describe('bad input', () => {
	it('stops when GEO_SOURCE_DIR names no folder, naming it', async () => {
		const error = await failure('/nonexistent/geo');
		expect(error.message).toBe('/nonexistent/geo: GEO_SOURCE_DIR does not name a folder');
	});
});

describe.skipIf(!hasMirror)(`bad input in ${mirrorLabel}`, () => {
	const lookup = 'lookups/lad12_cty12_gor10_lookup.csv';

	it('stops on a file with an unexpected field name', async () => {
		const dir = brokenMirror(lookup, (text) => text.replace('LAD12CDO', 'LAD12CDX'));
		const error = await failure(dir);
		expect(error.file).toBe(join(dir, lookup));
		expect(error.message).toContain('expected a field LAD12CDO');
	});

	it('stops on a boundary code missing from the lookup, naming file and code', async () => {
		const dir = brokenMirror(lookup, (text) => text.replace(/^E06000001,00EB,.*\n/m, ''));
		const error = await failure(dir);
		expect(error).toMatchObject({ file: join(dir, 'boundaries/lad_2012dec_gb_bsc.topo.json'), code: '00EB' });
	});

	it('stops on a lookup code missing from the boundaries, naming file and code', async () => {
		const dir = brokenMirror(lookup, (text) => `${text}E06000999,00ZZ,Nowhere,,,,,E12000001,A,North East,E92000001,England\n`);
		const error = await failure(dir);
		expect(error).toMatchObject({ file: join(dir, lookup), code: 'E06000999' });
	});

	it('stops on an unknown successor, naming file and code', async () => {
		const changes = 'lookups/lad_changes_2018_2025_onsvisual.csv';
		const dir = brokenMirror(changes, (text) => text.replace('E07000190,Taunton Deane,E07000246', 'E07000190,Taunton Deane,E07000999'));
		const error = await failure(dir);
		expect(error).toMatchObject({ file: join(dir, changes), code: 'E07000999' });
		expect(error.message).toContain('code E07000190 has an unknown successor E07000999');
	});

	it('stops on a hex for an authority the boundaries lack', async () => {
		const hex = 'hex/uk-local-authority-districts-2023.hexjson';
		const dir = brokenMirror(hex, (text) => text.replace('"E06000001":', '"E06000999":'));
		const error = await failure(dir);
		expect(error).toMatchObject({ file: join(dir, hex), code: 'E06000999' });
	});
});
