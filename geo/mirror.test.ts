import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import { planarRingArea } from 'topojson-simplify';
import type { GeometryObject } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Authority, Vintage } from '../src/lib/domain/authority.ts';
import { buildGeo, defaultBudget } from './buildGeo.ts';
import type { Boundaries } from './drawVintage.ts';
import { hasMirror, mirrorDir, mirrorLabel } from './fixtures/mirror.ts';
import type { Manifest } from './writeOutputs.ts';
import type { SizeEntry } from './sizeReport.ts';
import { readBoundaries } from './readBoundaries.ts';
import { readTable } from './readTable.ts';
import { currentHeirs } from './successors.ts';

const source = (path: string) => join(mirrorDir, path);
const english = (code: string) => /^E0[6-9]/.test(code);
const distinct = (values: string[]) => [...new Set(values.filter(Boolean))].sort();
const codesOf = (layer: { geometries: GeometryObject[] }) => layer.geometries.map((g) => String(g.id)).sort();
const arcIndexes = (geometry: GeometryObject) => (geometry as { arcs: number[] }).arcs.flat(3).map((arc) => (arc < 0 ? ~arc : arc));

describe.skipIf(!hasMirror)(mirrorLabel, () => {
	const outDir = mkdtempSync(join(tmpdir(), 'geo-mirror-'));
	let manifest: Manifest;
	let register: Authority[];
	const boundaries = {} as Record<Vintage, Boundaries>;
	const output = (name: string) => readFileSync(join(outDir, name), 'utf8');
	const lookup2012 = () => readTable(source('lookups/lad12_cty12_gor10_lookup.csv'));
	const lookup2024 = () => readTable(source('lookups/lad24_cty24_rgn24_lookup.csv'));
	const drawn = (vintage: Vintage) => register.filter((a) => a.vintages.includes(vintage));

	beforeAll(async () => {
		({ manifest } = await buildGeo({ sourceDir: mirrorDir, cacheDir: join(outDir, 'cache'), outDir }));
		register = JSON.parse(output(manifest.authorities)) as Authority[];
		for (const vintage of ['2012', '2024'] as const) boundaries[vintage] = JSON.parse(output(manifest.vintages[vintage].boundaries)) as Boundaries;
	}, 60_000);

	it('draws every English authority of the 2012 lookup, with GSS codes joined from old-style codes', () => {
		const fromLookup = distinct(
			lookup2012()
				.map((row) => row.LAD12CD)
				.filter(english)
		);
		const oldCodes = new Map(lookup2012().map((row) => [row.LAD12CDO, row.LAD12CD]));
		const fromBoundaries = distinct(
			readBoundaries(source('boundaries/lad_2012dec_gb_bsc.topo.json'), { code: ['AREACD'], name: ['AREANM'] })
				.map((f) => oldCodes.get(f.code)!)
				.filter(english)
		);
		expect(codesOf(boundaries['2012'].objects.authorities)).toEqual(fromLookup);
		expect(fromBoundaries).toEqual(fromLookup);
		// The four authorities re-coded in April 2013 carry their 2012 codes.
		expect(fromLookup).toEqual(expect.arrayContaining(['E06000048', 'E08000020', 'E07000097', 'E07000101']));
		expect(fromLookup).not.toContain('E06000057');
	});

	it('draws every English authority of the 2024 lookup and boundary file', () => {
		const fromLookup = distinct(
			lookup2024()
				.map((row) => row.LAD24CD)
				.filter(english)
		);
		const fromBoundaries = distinct(
			readBoundaries(source('boundaries/lad_2024dec_uk_bgc.topo.json'), { code: ['AREACD'], name: ['AREANM'] })
				.map((f) => f.code)
				.filter(english)
		);
		expect(codesOf(boundaries['2024'].objects.authorities)).toEqual(fromLookup);
		expect(fromBoundaries).toEqual(fromLookup);
	});

	it('merges one county per E10 code of each lookup, the same set as the ONS county boundary files', () => {
		const counties2012 = distinct(
			lookup2012()
				.map((row) => row.CTY12CD)
				.filter((code) => code.startsWith('E10'))
		);
		const onsCounties2012 = distinct(
			readBoundaries(source('boundaries/lmctyua_2012_ew_bsc.topo.json'), { code: ['AREACD'], name: ['AREANM'] })
				.map((f) => f.code)
				.filter((code) => code.startsWith('E10'))
		);
		const counties2024 = distinct(lookup2024().map((row) => row.CTY24CD));
		const onsCounties2024 = distinct(
			readBoundaries(source('boundaries/cty_2024dec_en_bgc.topo.json'), { code: ['AREACD'], name: ['AREANM'] }).map((f) => f.code)
		);
		expect(codesOf(boundaries['2012'].objects.counties)).toEqual(counties2012);
		expect(counties2012).toEqual(onsCounties2012);
		expect(codesOf(boundaries['2024'].objects.counties)).toEqual(counties2024);
		expect(counties2024).toEqual(onsCounties2024);
	});

	it('merges the regions of each lookup', () => {
		expect(codesOf(boundaries['2012'].objects.regions)).toEqual(
			distinct(
				lookup2012()
					.filter((row) => english(row.LAD12CD))
					.map((row) => row.GOR10CD)
			)
		);
		expect(codesOf(boundaries['2024'].objects.regions)).toEqual(distinct(lookup2024().map((row) => row.RGN24CD)));
	});

	it("keeps each vintage's register codes equal to its topology's codes", () => {
		for (const vintage of ['2012', '2024'] as const) {
			const topology = [...codesOf(boundaries[vintage].objects.authorities), ...codesOf(boundaries[vintage].objects.counties)].sort();
			expect(
				drawn(vintage)
					.map((a) => a.code)
					.sort(),
				vintage
			).toEqual(topology);
		}
	});

	it('leads every abolished authority through its successors to a current one', () => {
		const current = new Set(drawn('2024').map((a) => a.code));
		const lineage = new Map(register.map((a) => [a.code, a]));
		for (const authority of register.filter((a) => !current.has(a.code))) {
			expect(authority.validTo, authority.code).not.toBeNull();
			const heirs = currentHeirs(authority.code, lineage, current);
			expect(heirs.length, authority.code).toBeGreaterThan(0);
			for (const heir of heirs) expect(lineage.get(heir)!.validTo).toBeNull();
		}
	});

	it('links predecessors and successors both ways, to codes in the register', () => {
		const byCode = new Map(register.map((a) => [a.code, a]));
		for (const authority of register) {
			for (const next of authority.successors) expect(byCode.get(next)?.predecessors, `${authority.code} -> ${next}`).toContain(authority.code);
			for (const previous of authority.predecessors)
				expect(byCode.get(previous)?.successors, `${previous} -> ${authority.code}`).toContain(authority.code);
		}
	});

	it('traces the reorganisations the issue names', () => {
		const byCode = new Map(register.map((a) => [a.code, a]));
		expect(byCode.get('E07000190')).toMatchObject({ name: 'Taunton Deane', successors: ['E07000246'], validTo: '2019-04-01' });
		expect(byCode.get('E07000246')).toMatchObject({ name: 'Somerset West and Taunton', successors: ['E06000066'], vintages: [] });
		expect(byCode.get('E06000048')).toMatchObject({ successors: ['E06000057'], validTo: '2013-04-01' });
		expect(byCode.get('E10000006')!.successors).toEqual(['E06000063', 'E06000064']);
		expect(byCode.get('E10000002')!.successors).toEqual(['E06000060']);
		expect(byCode.get('E07000112')?.name).toBe('Folkestone and Hythe');
		expect(byCode.get('E07000112')?.aliases).toContain('Shepway');
	});

	it('fits each vintage in the gzip budget and reports its sizes', () => {
		const report = JSON.parse(output('size-report.json')) as Record<Vintage, SizeEntry>;
		for (const vintage of ['2012', '2024'] as const) {
			const file = readFileSync(join(outDir, manifest.vintages[vintage].boundaries));
			expect(gzipSync(file).length, vintage).toBeLessThanOrEqual(defaultBudget);
			expect(report[vintage]).toMatchObject({ rawBytes: file.length, gzipBytes: gzipSync(file).length, arcs: boundaries[vintage].arcs.length });
			expect(report[vintage].sourceGzipBytes).toBeGreaterThan(report[vintage].gzipBytes);
			expect(gunzipSync(gzipSync(file)).length).toBe(file.length);
		}
	});

	it('keeps every authority visible, the smallest and the islands included', () => {
		for (const vintage of ['2012', '2024'] as const) {
			const topology = boundaries[vintage];
			for (const geometry of [...topology.objects.authorities.geometries, ...topology.objects.counties.geometries]) {
				const shape = (feature(topology, geometry) as Feature<MultiPolygon>).geometry;
				const area = shape.coordinates.reduce((sum, [outer]) => sum + planarRingArea(outer as [number, number][]), 0);
				expect(area, `${vintage} ${geometry.id}`).toBeGreaterThan(0);
			}
			expect(codesOf(topology.objects.authorities)).toEqual(expect.arrayContaining(['E06000053', 'E06000046', 'E09000001']));
		}
	});

	it('draws counties and regions with the arcs of the authorities', () => {
		for (const vintage of ['2012', '2024'] as const) {
			const { authorities, counties, regions } = boundaries[vintage].objects;
			const used = new Set(authorities.geometries.flatMap(arcIndexes));
			for (const geometry of [...counties.geometries, ...regions.geometries])
				for (const arc of arcIndexes(geometry)) expect(used.has(arc)).toBe(true);
		}
	});

	it('records neighbours both ways among authorities of a vintage', () => {
		for (const vintage of ['2012', '2024'] as const) {
			const lists = new Map(drawn(vintage).map((a) => [a.code, a.neighbours[vintage] ?? []]));
			for (const [code, list] of lists) {
				if (code.startsWith('E10')) continue;
				for (const other of list) expect(lists.get(other), `${vintage} ${code} ~ ${other}`).toContain(code);
			}
		}
	});

	it('lays out one hex per authority, keyed like the boundaries', () => {
		for (const vintage of ['2012', '2024'] as const) {
			const hex = JSON.parse(output(manifest.vintages[vintage].hex)) as { layout: string; hexes: Record<string, unknown> };
			expect(hex.layout).toBe('odd-r');
			expect(Object.keys(hex.hexes).sort()).toEqual(codesOf(boundaries[vintage].objects.authorities));
		}
	});

	it('carries the source populations, adding up to the same totals', () => {
		const total = (file: string) =>
			readTable(source(file))
				.filter((row) => row.code.startsWith('E'))
				.reduce((sum, row) => sum + Number(row.population), 0);
		const sum = (vintage: Vintage, counties: boolean) =>
			drawn(vintage)
				.filter((a) => (a.kind === 'county') === counties)
				.reduce((s, a) => s + a.population.find((p) => p.year === Number(vintage))!.value, 0);
		expect(sum('2012', false)).toBe(total('population/lad_mid2012_ew.csv'));
		expect(sum('2012', true)).toBe(total('population/cty_mid2012_en.csv'));
		expect(sum('2024', false)).toBe(total('population/lad_mid2024_ew.csv'));
		expect(sum('2024', true)).toBe(total('population/cty_mid2024_en.csv'));
	});

	it('places every label point inside its bounding box', () => {
		for (const {
			code,
			centroid: [x, y],
			bbox: [w, s, e, n]
		} of register) {
			expect(x >= w && x <= e && y >= s && y <= n, code).toBe(true);
		}
	});

	it('names each data file by its content hash', () => {
		for (const name of [manifest.authorities, ...Object.values(manifest.vintages).flatMap((v) => [v.boundaries, v.hex])]) {
			const hash = createHash('sha256')
				.update(readFileSync(join(outDir, name)))
				.digest('hex')
				.slice(0, 10);
			expect(name).toContain(`.${hash}.json`);
		}
	});
});
