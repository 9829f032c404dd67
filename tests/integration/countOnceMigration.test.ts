// The migration that makes the aggregates count each arrangement once, run down and up again on the real
// seed in a real PocketBase data folder: down gives back exactly the queries 1796000001 wrote, with the
// related rows counted again, and up gives back the figures it gave the first time.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPocketBase, root } from '../../scripts/lib/binary.ts';
import { startSeededPocketBase } from '../support/seededPocketBase.ts';

const ours = '1796100006_count_related_once_in_aggregates.js';
/** Ours and every migration after it: going down to before ours reverts them all. */
const fromOurs = () => readdirSync(join(root, 'pb_migrations')).filter((file) => file.endsWith('.js') && file >= ours).length;
const views = ['region_stats', 'programme_stats', 'category_stats', 'year_stats', 'coverage_stats', 'coverage_category_stats', 'coverage_year_stats'];
const aggregates = ['authority_stats', ...views];
let dataDir: string;

/** The view queries a migration's up sets, read by running it against a stand-in for PocketBase's app. */
function viewQueriesOf(file: string): Record<string, string> {
	const queries: Record<string, string> = {};
	const app = {
		findCollectionByNameOrId: (name: string) => ({
			fields: { removeByName() {}, add() {} },
			set viewQuery(query: string) {
				queries[name] = query;
			}
		}),
		save() {},
		db: () => ({ newQuery: () => ({ execute() {} }) })
	};
	let up: ((stand: typeof app) => void) | undefined;
	const stubs = { migrate: (forward: typeof up) => (up = forward), NumberField: class {}, JSONField: class {} };
	// eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the migration file as PocketBase's VM would, with stand-ins for its globals
	(new Function(...Object.keys(stubs), readFileSync(join(root, 'pb_migrations', file), 'utf8')) as (...globals: unknown[]) => void)(
		...Object.values(stubs)
	);
	up!(app);
	return queries;
}

function migrate(...args: string[]) {
	const run = spawnSync(
		buildPocketBase(),
		[`--dir=${dataDir}`, `--migrationsDir=${join(root, 'pb_migrations')}`, `--hooksDir=${join(root, 'pb_hooks')}`, 'migrate', ...args],
		{ encoding: 'utf8', input: 'y\n' }
	);
	if (run.status !== 0) throw new Error(run.stderr || run.stdout);
}

function read<T>(run: (db: DatabaseSync) => T): T {
	const db = new DatabaseSync(join(dataDir, 'data.db'), { readOnly: true });
	try {
		return run(db);
	} finally {
		db.close();
	}
}

const rows = () => read((db) => Object.fromEntries(aggregates.map((name) => [name, db.prepare(`SELECT * FROM ${name} ORDER BY id`).all()])));
const queries = () =>
	read((db) =>
		Object.fromEntries(
			views.map((name) => [
				name,
				(
					JSON.parse(String((db.prepare('SELECT options FROM _collections WHERE name = ?').get(name) as { options: string }).options)) as {
						viewQuery: string;
					}
				).viewQuery
			])
		)
	);
/** How many initiatives each region's row counts, and every (region, initiative) pair there is. */
const regionCounts = () =>
	read((db) => ({
		counted: (db.prepare('SELECT total(count) AS n FROM region_stats').get() as { n: number }).n,
		pairs: (
			db
				.prepare(
					"SELECT count(DISTINCT a.region || p.initiative) AS n FROM participations p JOIN authorities a ON a.id = p.authority JOIN initiatives i ON i.id = p.initiative WHERE i.lifecycle = 'published'"
				)
				.get() as { n: number }
		).n
	}));

let first: ReturnType<typeof rows>;
let firstQueries: ReturnType<typeof queries>;

beforeAll(async () => {
	const pb = await startSeededPocketBase();
	dataDir = pb.dataDir;
	await pb.stopKeepingData();
	first = rows();
	firstQueries = queries();
}, 180_000);
afterAll(() => {
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('counting each arrangement once (migration)', () => {
	it('is applied, and its up is what the seeded database holds', () => {
		expect(read((db) => db.prepare('SELECT file FROM _migrations WHERE file = ?').get(ours))).toBeTruthy();
		expect(firstQueries).toEqual(viewQueriesOf(ours));
		const { counted, pairs } = regionCounts();
		expect(counted, 'related initiatives in the same region are counted once').toBeLessThan(pairs);
	});

	it('gives back 1796000001’s queries exactly on the way down, counting related rows again', () => {
		migrate('down', String(fromOurs()));
		expect(queries()).toEqual(viewQueriesOf('1796000001_split_savings_by_measure.js'));
		const { counted, pairs } = regionCounts();
		expect(counted).toBe(pairs);
		const after = rows();
		// A council in a part and in its parent gets its share of both again.
		const changed = first.authority_stats.filter((row, i) => JSON.stringify(row) !== JSON.stringify(after.authority_stats[i]));
		expect(changed.length).toBeGreaterThan(0);
		expect(after.authority_stats.map((row) => row.id)).toEqual(first.authority_stats.map((row) => row.id));
	});

	it('gives back the same figures when run up again', () => {
		migrate('up');
		expect(queries()).toEqual(firstQueries);
		expect(rows()).toEqual(first);
	});
});
