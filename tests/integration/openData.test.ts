// The open data as a researcher takes it away, from the built app against a seeded PocketBase: each download
// opened with default settings in Python's csv, pandas and GDAL; the Data Package validated by frictionless;
// the OpenAPI description linted and every endpoint it documents called and its answer checked against it;
// the Atom feeds read by a feed parser; and no value a source does not state answered as 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import type { InitiativesJson } from '#lib/domain/exportInitiatives.ts';
import { parseCsv } from '#lib/domain/parseCsv.ts';
import { importColumns } from '#lib/domain/validateImport.ts';
import { savingsColumns } from '#lib/domain/savings/readSavingsSheet.ts';
import { typedRow } from '#lib/domain/openData/rowSchema.ts';
import { initiativesTable, savingsTable, tables } from '#lib/domain/openData/tables.ts';
import type { ParticipationRecord } from '#lib/server/initiatives.ts';
import { readTable, seedDir } from '#lib/server/seedTable.ts';
import { root } from '../../scripts/lib/binary.ts';
import { startSeededApp } from '../support/appServer.ts';

const python = join(root, '.cache/venv/bin/python');
const frictionless = join(root, '.cache/venv/bin/frictionless');
const seedRows = await readTable(`${seedDir}/initiatives.csv`);
const unstatedStarts = seedRows.filter((row) => row.start_year === '').length;

let server: Awaited<ReturnType<typeof startSeededApp>>;
let dir: string;
beforeAll(async () => {
	if (!existsSync(frictionless))
		throw new Error(
			`The data tools are missing: python3 -m venv .cache/venv && .cache/venv/bin/pip install -r tests/opendata/requirements.txt (.ci/run does this)`
		);
	server = await startSeededApp();
	dir = mkdtempSync(join(tmpdir(), 'opendata-'));
});
afterAll(async () => {
	await server?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Downloads `path` from the app into the temporary folder as `name`. */
async function download(path: string, name: string): Promise<{ response: Response; file: string }> {
	const response = await fetch(`${server.app.url}${path}`);
	expect(response.status, path).toBe(200);
	const file = join(dir, name);
	writeFileSync(file, new Uint8Array(await response.arrayBuffer()));
	return { response, file };
}

function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What tests/opendata/read_downloads.py prints for each file, by kind. */
interface Readings {
	csv: {
		csv: { header: string[]; rows: number };
		pandas: { columns: string[]; rows: number; dtypes: Record<string, string>; zeros: Record<string, number>; missing: Record<string, number> };
	};
	feed: {
		bozo: boolean;
		problem: string;
		version: string;
		title: string;
		links: { rel: string; href: string }[];
		entries: { id: string; title: string; link: string; updated: string }[];
	};
}

function readWithPython<K extends keyof Readings>(kind: K, files: string[]): Record<string, Readings[K]> {
	const result = run(python, [join(root, 'tests/opendata/read_downloads.py'), kind, ...files]);
	expect(result.stderr).toBe('');
	return JSON.parse(result.stdout) as Record<string, Readings[K]>;
}

/** The parts of frictionless's JSON report the tests read. */
interface ValidationReport {
	errors: unknown[];
	tasks: { name: string; valid: boolean; stats: { rows: number }; errors: { type: string }[] }[];
}

describe('the CSV downloads', () => {
	it('open with default settings in Python’s csv and pandas, header first, an unstated year empty', async () => {
		const initiatives = await download('/api/initiatives.csv', 'initiatives.csv');
		const savings = await download('/api/savings.csv', 'savings.csv');
		const read = readWithPython('csv', [initiatives.file, savings.file]);
		expect(read[initiatives.file].csv).toEqual({ header: [...importColumns], rows: seedRows.length });
		expect(read[savings.file].csv.header).toEqual([...savingsColumns]);
		const frame = read[initiatives.file].pandas;
		expect(frame.columns).toEqual([...importColumns]);
		expect(frame.rows).toBe(seedRows.length);
		// Years are numbers to pandas, with the unstated ones missing (NaN), never 0.
		expect(frame.dtypes.start_year).toMatch(/^(float64|Int64)$/);
		expect(frame.missing.start_year).toBe(unstatedStarts);
		expect(frame.zeros.start_year).toBe(0);
		expect(read[savings.file].pandas.zeros).toEqual({ amount_gbp: 0, from_year: 0, to_year: 0 });
	});

	it('say where their licence note, schema and notes are in the Link header', async () => {
		const { response } = await download('/api/initiatives.csv?status=operational', 'operational.csv');
		const link = response.headers.get('link') ?? '';
		expect(link).toContain('</api#licence>; rel="license"');
		expect(link).toContain('</api/datapackage.zip>; rel="describedby"');
		expect(link).toContain('</api/initiatives.json?status=operational>; rel="alternate"; type="application/json"');
	});

	it.runIf(existsSync('/usr/bin/ogrinfo'))('open in GDAL, as the GeoJSON does', async () => {
		const csv = await download('/api/initiatives.csv', 'gdal.csv');
		const geojson = await download('/api/initiatives.geojson', 'gdal.geojson');
		const csvInfo = run('ogrinfo', ['-ro', '-so', '-al', csv.file]);
		expect(csvInfo.status, csvInfo.stderr).toBe(0);
		expect(csvInfo.stdout).toContain(`Feature Count: ${seedRows.length}`);
		expect(csvInfo.stdout).toMatch(/^id: String/m);
		const geoInfo = run('ogrinfo', ['-ro', '-so', '-al', geojson.file]);
		expect(geoInfo.status, geoInfo.stderr).toBe(0);
		expect(geoInfo.stdout).toContain(`Feature Count: ${seedRows.length}`);
		expect(geoInfo.stdout).toContain('Geometry: Multi Point');
		expect(geoInfo.stdout).toMatch(/^startYear: Integer/m);
	});
});

describe('the Data Package', () => {
	it('passes frictionless validate, and fails it when a table’s data stops fitting its schema', async () => {
		const { response, file } = await download('/api/datapackage.zip', 'package.zip');
		expect(response.headers.get('content-type')).toBe('application/zip');
		const folder = join(dir, 'package');
		mkdirSync(folder);
		for (const [name, bytes] of Object.entries(unzipSync(readFileSync(file)))) writeFileSync(join(folder, name), bytes);
		const valid = run(frictionless, ['validate', '--json', join(folder, 'datapackage.json')]);
		const report = JSON.parse(valid.stdout) as ValidationReport;
		expect(report.errors, valid.stdout.slice(0, 2000)).toEqual([]);
		expect(report.tasks.map((task: { name: string; valid: boolean; stats: { rows: number } }) => [task.name, task.valid])).toEqual(
			tables.map((table) => [table.name, true])
		);
		expect(report.tasks.find((task: { name: string }) => task.name === 'initiatives')!.stats.rows).toBe(seedRows.length);
		expect(valid.status).toBe(0);

		// A year written as text, and a figure naming an initiative that is not there: both must be caught.
		const initiatives = readFileSync(join(folder, 'initiatives.csv'), 'utf8').split('\r\n');
		const cells = parseCsv(initiatives[1]).rows[0].cells;
		cells[importColumns.indexOf('start_year')] = 'twenty';
		writeFileSync(
			join(folder, 'initiatives.csv'),
			[initiatives[0], cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','), ...initiatives.slice(2)].join('\r\n')
		);
		const savings = readFileSync(join(folder, 'savings.csv'), 'utf8').split('\r\n');
		writeFileSync(join(folder, 'savings.csv'), [savings[0], savings[1].replace(/^[^,]+/, 'no-such-initiative'), ...savings.slice(2)].join('\r\n'));
		const drifted = run(frictionless, ['validate', '--json', join(folder, 'datapackage.json')]);
		expect(drifted.status).not.toBe(0);
		const types = (JSON.parse(drifted.stdout) as ValidationReport).tasks.flatMap((task: { errors: { type: string }[] }) =>
			task.errors.map((error) => error.type)
		);
		expect(types).toEqual(expect.arrayContaining(['type-error', 'foreign-key']));
	});
});

describe('the OpenAPI description', () => {
	let description: {
		servers: { url: string }[];
		paths: Record<string, { servers?: { url: string }[]; get: { responses: Record<string, { content: Record<string, unknown> }> } }>;
	};
	const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
	/** Validates `value` against the schema at `path` in the served description (its $refs resolve within it). */
	const check = (path: string[], value: unknown, what: string) => {
		const pointer = path.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
		const validate = ajv.getSchema(`openapi.json#/${pointer}`)!;
		expect(validate(value) ? [] : validate.errors?.slice(0, 5), what).toEqual([]);
	};

	beforeAll(async () => {
		const { file } = await download('/api/openapi.json', 'openapi.json');
		description = JSON.parse(readFileSync(file, 'utf8')) as typeof description;
		ajv.addSchema({ ...description, $id: 'openapi.json' }, 'openapi.json');
	});

	it('is linked from /api and lints clean with Redocly', async () => {
		expect(await (await fetch(`${server.app.url}/api`)).text()).toContain('href="/api/openapi.json"');
		const lint = run(join(root, 'node_modules/.bin/redocly'), [
			'lint',
			join(dir, 'openapi.json'),
			'--config',
			join(root, 'redocly.yaml'),
			'--format=stylish'
		]);
		expect(lint.status, `${lint.stdout}\n${lint.stderr}`).toBe(0);
		expect(`${lint.stdout}${lint.stderr}`).not.toMatch(/warning/i);
	});

	it('matches what every endpoint it documents answers', async () => {
		const servers: Record<string, string> = {
			[description.servers[0].url]: server.app.url,
			[description.paths['/api/collections/initiatives/records'].servers![0].url]: server.pb.url
		};
		const examples: Record<string, string> = { '{code}': 'E09000033', '{slug}': 'one_public_estate' };
		const checked: string[] = [];
		for (const [path, item] of Object.entries(description.paths)) {
			const base = servers[(item.servers ?? description.servers)[0].url];
			const url = `${base}${path.replace(/\{\w+\}/g, (name) => examples[name])}${path.startsWith('/api/collections/') ? '?perPage=500' : ''}`;
			const response = await fetch(url);
			expect(response.status, url).toBe(200);
			const [mediaType] = Object.keys(item.get.responses['200'].content);
			expect(response.headers.get('content-type'), url).toContain(mediaType);
			const body = new Uint8Array(await response.arrayBuffer());
			if (mediaType === 'text/csv') {
				const table = path.endsWith('/savings.csv') ? savingsTable : initiativesTable;
				const [header, ...rows] = parseCsv(body).rows;
				for (const row of rows) {
					check(
						['paths', path, 'get', 'responses', '200', 'content', mediaType, 'schema', 'contentSchema', 'items'],
						typedRow(table, Object.fromEntries(header.cells.map((column, i) => [column, row.cells[i]]))),
						`${url} line ${row.line}`
					);
				}
			} else if (mediaType.endsWith('json')) {
				check(['paths', path, 'get', 'responses', '200', 'content', mediaType, 'schema'], JSON.parse(new TextDecoder().decode(body)), url);
			} else if (mediaType === 'application/atom+xml') {
				writeFileSync(join(dir, 'check.atom'), body);
				expect(readWithPython('feed', [join(dir, 'check.atom')])[join(dir, 'check.atom')].bozo, url).toBe(false);
			} else {
				expect(Object.keys(unzipSync(body))).toContain('datapackage.json');
			}
			checked.push(path);
		}
		expect(checked).toHaveLength(Object.keys(description.paths).length);
		const bad = await fetch(`${server.app.url}/api/initiatives.json?status=live`);
		expect(bad.status).toBe(400);
		check(['paths', '/api/initiatives.json', 'get', 'responses', '400', 'content', 'application/json', 'schema'], await bad.json(), 'a bad query');
	});
});

describe('the Atom feeds', () => {
	it('parse as Atom 1.0, newest change first, each entry linking its page; the pages they follow link them', async () => {
		const feeds = [
			['/feed.atom', '/'],
			['/authorities/E09000033/feed.atom', '/authorities/E09000033'],
			['/programmes/one_public_estate/feed.atom', '/programmes/one_public_estate'],
			['/programmes/none/feed.atom', '/programmes/none']
		];
		const files = await Promise.all(feeds.map(async ([path], i) => (await download(path, `feed-${i}.atom`)).file));
		const read = readWithPython('feed', files);
		for (const [i, [path, page]] of feeds.entries()) {
			const feed = read[files[i]];
			expect(feed, path).toMatchObject({ bozo: false, version: 'atom10' });
			expect(feed.links).toContainEqual({ rel: 'self', href: `${server.app.url}${path}` });
			expect(feed.entries.length, path).toBeGreaterThan(0);
			const updated = feed.entries.map((entry: { updated: string }) => entry.updated);
			expect(updated).toEqual([...updated].sort().reverse());
			for (const entry of feed.entries) expect(entry.link).toMatch(new RegExp(`^${server.app.url}/initiatives/[a-z0-9-]+$`));
			const html = await (await fetch(`${server.app.url}${page}`)).text();
			expect(html, page).toMatch(
				new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${path.replace(/\./g, '\\.')}"`)
			);
		}
		expect(read[files[1]].entries.map((entry: { title: string }) => entry.title)).toContain('Tri-borough shared services');
	});

	it('shows an edit as the newest entry', async () => {
		const [record] = (
			await server.pb.admin.collection('initiatives').getList(1, 1, { filter: 'lifecycle = "published"', sort: 'updated', requestKey: null })
		).items;
		await server.pb.admin.collection('initiatives').update(record.id, { description: `${record.description} Edited.` });
		// Pages may lag the database by the cache's freshness bound (a quarter of a second): ask until the edit shows.
		await expect
			.poll(async () => {
				const { file } = await download('/feed.atom', 'edited.atom');
				return readWithPython('feed', [file])[file].entries[0].link;
			})
			.toBe(`${server.app.url}/initiatives/${record.slug}`);
	});

	it('answers 404 for a council or programme that does not exist', async () => {
		expect((await fetch(`${server.app.url}/authorities/E99999999/feed.atom`)).status).toBe(404);
		expect((await fetch(`${server.app.url}/programmes/nope/feed.atom`)).status).toBe(404);
	});
});

describe('a value no source states', () => {
	it('is null in the read API, its expansions and the JSON download, never 0', async () => {
		const anonymous = server.pb.anonymous();
		const unstated = await anonymous.collection('initiatives').getFullList({ filter: 'start_year = 0', fields: 'start_year', requestKey: null });
		expect(unstated).toHaveLength(unstatedStarts);
		expect(unstated.every((record) => record.start_year === null)).toBe(true);
		const expanded = await anonymous
			.collection('participations')
			.getList<ParticipationRecord>(1, 5, { filter: 'initiative.start_year = 0', expand: 'initiative', requestKey: null });
		expect(expanded.items.map((item) => item.expand?.initiative?.start_year)).toEqual(expanded.items.map(() => null));
		const programmes = await anonymous.collection('programmes').getFullList({ requestKey: null });
		expect(programmes.some((p) => p.expected_savings_min === null)).toBe(true);
		expect(programmes.filter((p) => p.expected_savings_min === 0 || p.expected_savings_max === 0)).toEqual([]);
		const json = (await (await fetch(`${server.app.url}/api/initiatives.json`)).json()) as InitiativesJson;
		expect(json.initiatives.filter((i: { startYear: number | null }) => i.startYear === null)).toHaveLength(unstatedStarts);
		expect(json.initiatives.filter((i: { startYear: number | null; endYear: number | null }) => i.startYear === 0 || i.endYear === 0)).toEqual([]);
	});
});
