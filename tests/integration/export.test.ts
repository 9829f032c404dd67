// The download endpoints against a seeded PocketBase, called as SvelteKit calls them, with an anonymous
// per-request client: formats, filters, vintages, and a 400 naming every bad parameter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPoint } from 'geojson';
import { parseCsv } from '#lib/domain/parseCsv.ts';
import { importColumns } from '#lib/domain/validateImport.ts';
import type { Initiative } from '#lib/domain/initiative.ts';
import { GET as csvGet } from '../../src/routes/api/initiatives.csv/+server.ts';
import { GET as jsonGet } from '../../src/routes/api/initiatives.json/+server.ts';
import { GET as geoJsonGet } from '../../src/routes/api/initiatives.geojson/+server.ts';
import { GET as savingsGet } from '../../src/routes/api/savings.csv/+server.ts';
import { savingsColumns } from '#lib/domain/savings/readSavingsSheet.ts';
import { readTable, seedDir } from '#lib/server/seedTable.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

// What the downloads must hold follows from the seed files themselves.
const seedRows = await readTable(`${seedDir}/initiatives.csv`);
const seeded = seedRows.length;
const rowsWhere = (test: (row: Record<string, string>) => boolean) => seedRows.filter(test).length;

let pb: SeededPocketBase;
beforeAll(async () => {
	pb = await startSeededPocketBase();
});
afterAll(() => pb?.stop());

/** The JSON export's body, and its answer to a bad query, as far as these tests read them. */
interface ExportBody {
	licence: string;
	query: string;
	count: number;
	initiatives: Initiative[];
}
interface BadQuery {
	problems: { parameter: string; message: string }[];
	message: string;
}

/** The part of a request event the handlers read. */
type Handler = (event: never) => Response | Promise<Response>;
function call(handler: Handler, query: string): Promise<Response> {
	const event = {
		locals: { pb: pb.anonymous(), memo: <T>(_key: string, compute: () => Promise<T>) => compute() },
		url: new URL(`http://localhost/api/x${query}`)
	};
	return Promise.resolve(handler(event as never));
}

async function slugs(query: string): Promise<string[]> {
	const body = (await (await call(jsonGet, query)).json()) as ExportBody;
	return body.initiatives.map((initiative) => initiative.slug);
}

describe('GET /api/initiatives.csv', () => {
	it('is UTF-8 CSV with the import template’s columns as its first line, its licence note linked beside it', async () => {
		const response = await call(csvGet, '?programme=none');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="initiatives.csv"');
		expect(response.headers.get('link')).toBe(
			'</api#licence>; rel="license", </api/datapackage.zip>; rel="describedby"; type="application/zip", </api/initiatives.json?programme=none>; rel="alternate"; type="application/json"'
		);
		const all = await call(csvGet, '');
		const bytes = new Uint8Array(await all.arrayBuffer());
		expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('id,name,');
		const { rows, problems } = parseCsv(bytes);
		expect(problems).toEqual([]);
		expect(rows[0].cells).toEqual([...importColumns]);
		expect(rows).toHaveLength(1 + seeded);
	});
});

describe('GET /api/savings.csv', () => {
	it('lists every figure of the selected initiatives in the savings sheet’s columns, a council’s under its name', async () => {
		const response = await call(savingsGet, '?programme=shared_services&authority=E07000078');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="savings.csv"');
		const { rows, problems } = parseCsv(new Uint8Array(await response.arrayBuffer()));
		expect(problems).toEqual([]);
		expect(rows[0].cells).toEqual([...savingsColumns]);
		expect(rows.map((row) => row.cells.slice(0, 7).join(','))).toContain('one-legal,80000,achieved,annual,,,Cheltenham');
	});
});

describe('GET /api/initiatives.json', () => {
	it('carries the licence, the query and every published initiative with its codes', async () => {
		const response = await call(jsonGet, '');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		const body = (await response.json()) as ExportBody;
		expect(body.licence).toContain('Open Government Licence');
		expect(body).toMatchObject({ query: '', count: seeded });
		const triBorough = body.initiatives.find((i) => i.slug === 'tri-borough');
		expect(triBorough?.participations.map((p) => p.code).sort()).toEqual(['E09000013', 'E09000020', 'E09000033']);
	});

	it('applies programme, status, category, region, tier and year filters like the map', async () => {
		expect(await slugs('?programme=one_public_estate')).toHaveLength(rowsWhere((row) => row.programme === 'one_public_estate'));
		// The status the map shows: planned arrangements whose councils were all abolished since have ended.
		const plannedOrMerged = await slugs('?status=planned,merged');
		expect(plannedOrMerged.length).toBeGreaterThan(0);
		expect(plannedOrMerged.length).toBeLessThan(rowsWhere((row) => row.status === 'planned' || row.status === 'merged'));
		expect(await slugs('?status=planned&status=merged')).toEqual(plannedOrMerged);
		expect(await slugs('?status=ended')).toContain('somerset-waste-partnership');
		expect(plannedOrMerged).not.toContain('bournemouth-poole-joint-working');
		expect(await slugs('?category=management_team')).toHaveLength(rowsWhere((row) => row.service_category === 'management_team'));
		const london = await slugs('?region=E12000007');
		expect(london).toContain('tri-borough');
		const byCode = new Map(pb.register.map((a) => [a.code, a]));
		const both = (await (await call(jsonGet, '?region=E12000007&tier=upper')).json()) as ExportBody;
		expect(both.count).toBeGreaterThan(0);
		for (const initiative of both.initiatives) {
			const authorities = initiative.participations.map((p) => byCode.get(p.code)!);
			expect(authorities.some((a) => a.region === 'E12000007')).toBe(true);
			expect(authorities.some((a) => a.tier === 'upper')).toBe(true);
		}
		const years = (await (await call(jsonGet, '?from=2011&to=2011')).json()) as ExportBody;
		expect(years.initiatives.every((i) => i.startYear === 2011)).toBe(true);
	});

	it('accepts the map’s own settings so a map URL works unchanged', async () => {
		expect((await call(jsonGet, '?view=table&metric=count&programme=one_public_estate')).status).toBe(200);
	});
});

describe('GET /api/initiatives.geojson', () => {
	it('draws each initiative at its authorities’ label points, following successors on the 2024 map', async () => {
		const response = await call(geoJsonGet, '?vintage=2024');
		expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
		const body = (await response.json()) as FeatureCollection<MultiPoint> & { licence: string };
		expect(body.type).toBe('FeatureCollection');
		expect(body.licence).toContain('Open Government Licence');
		expect(body.features).toHaveLength(seeded);
		const somerset = pb.register.find((a) => a.code === 'E06000066')!;
		const tauntonFeatures = body.features.filter((f) => (f.properties?.participants as string[]).includes('E07000190'));
		expect(tauntonFeatures.length).toBeGreaterThan(0);
		for (const feature of tauntonFeatures) {
			expect(feature.properties?.codes).toContain('E06000066');
			expect(feature.geometry.coordinates).toContainEqual(somerset.centroid);
		}
	});
});

describe('bad parameters', () => {
	it.each([
		['?status=live', 'status', '“live” is not a status; use operational, planned, ended, merged, unknown'],
		['?programme=nope', 'programme', 'no programme has the id “nope”; use none for shared services in no programme'],
		['?category=libraries', 'category', 'no service category has the id “libraries”'],
		['?region=London', 'region', 'no region has the code “London”; use an E12 code such as E12000007'],
		['?tier=middle', 'tier', '“middle” is not a tier; use upper, lower, single'],
		['?from=twenty', 'from', '“twenty” is not a year between 1900 and 2100'],
		['?from=2015&to=2010', 'from', 'from (2015) is after to (2010)'],
		['?vintage=2019', 'vintage', '“2019” is not a boundary vintage; use 2012 or 2024'],
		['?vintage=2012&vintage=2024', 'vintage', 'give this parameter once'],
		['?format=xml', 'format', 'unknown parameter; use vintage, programme, category, status, region, tier, from, to, authority'],
		// Northamptonshire was split in two: no one council stands for it on today's map, as on the map itself.
		['?authority=E10000021&vintage=2024', 'authority', 'no council on the 2024 map has the code “E10000021”']
	])('%s is refused with 400 naming the parameter', async (query, parameter, message) => {
		for (const handler of [csvGet, jsonGet, geoJsonGet]) {
			const response = await call(handler, query);
			expect(response.status).toBe(400);
			const body = (await response.json()) as BadQuery;
			expect(body.problems).toEqual([{ parameter, message }]);
			expect(body.message).toBe(`Bad query: ${parameter}: ${message}. See /api for the parameters.`);
		}
	});
});
