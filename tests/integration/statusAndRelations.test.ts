// Status as-of dates, the LGA map listing, optional programmes and relations between initiatives, on a
// real seeded PocketBase: what the seed stores, what the hooks refuse on direct REST API writes, what the
// public may read, and the migrations taken down and up again.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPocketBase, root } from '../../scripts/lib/binary.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listRelations } from '#lib/server/relations.ts';
import { readTable, seedDir } from '#lib/server/seedTable.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let actors: Actors;
let category: string;
let unique = 0;

beforeAll(async () => {
	pb = await startSeededPocketBase();
	actors = await createActors(pb, 'status');
	category = (await pb.admin.collection('categories').getFirstListItem('slug = "legal"')).id;
});
afterAll(async () => {
	await pb?.stop();
});

function initiativeBody(fields: Record<string, unknown> = {}) {
	return {
		slug: `status-spec-${++unique}`,
		name: 'Status spec',
		programme: '',
		category,
		status: 'operational',
		description: 'Made by the status spec.',
		sources: [{ url: 'https://example.org/status', title: 'Spec', date: '2020' }],
		lifecycle: 'published',
		...fields
	};
}

/** The status and field-level message PocketBase answers a refused write with. */
async function refusal(write: () => Promise<unknown>): Promise<{ status: number; message: string; fields: string[] }> {
	try {
		await write();
	} catch (error) {
		if (error instanceof ClientResponseError)
			return { status: error.status, message: error.response.message as string, fields: Object.keys((error.response.data ?? {}) as object) };
		throw error;
	}
	return { status: 200, message: '', fields: [] };
}

const seedRows = await readTable(join(seedDir, 'initiatives.csv'));

describe('the seed', () => {
	it('stores each initiative’s as-of date, its listing on the LGA map, and no programme for plain shared services', async () => {
		const initiatives = await listPublishedInitiatives(pb.anonymous());
		const triBorough = initiatives.find((i) => i.slug === 'tri-borough')!;
		// Its end is dated by the notice the councils served (March 2017), not by its 2012 main source.
		expect(triBorough).toMatchObject({ programme: '', statusAsOf: '2017-03-27', lgaMapListed: false });
		expect(initiatives.find((i) => i.slug === 'xentrall')?.statusAsOf).toBe('2020-07-14');
		expect(initiatives.find((i) => i.slug === 'agma-collaborative-procurement')?.lgaMapListed).toBe(true);
		expect(initiatives.filter((i) => i.programme === '')).toHaveLength(seedRows.filter((row) => row.programme === '').length);
		expect(await pb.admin.collection('programmes').getList(1, 1, { filter: 'slug = "shared_services"' })).toMatchObject({ totalItems: 0 });
	});

	it('gives participations the day their council was abolished', async () => {
		const initiatives = await listPublishedInitiatives(pb.anonymous());
		const members = initiatives.flatMap((i) => i.participations);
		expect(members.find((p) => p.name === 'Taunton Deane')?.abolished).toBe('2019-04-01');
		expect(members.find((p) => p.name === 'Westminster')?.abolished).toBeNull();
		// Recoded in 2013 (a boundary change), not abolished: the council lives on under its new code.
		expect(members.find((p) => p.code === 'E07000101')?.abolished).toBeNull();
	});

	it('loads the relations, which the public can read', async () => {
		expect(await listRelations(pb.anonymous())).toContainEqual(
			expect.objectContaining({ from: 'hf-rbkc-environment-and-chief-executive', relation: 'part_of', to: 'tri-borough' })
		);
	});
});

describe('the write route of the import, the forms and the seed (pb_hooks/import.pb.js)', () => {
	const write = (client: PocketBase, data: Record<string, unknown>) =>
		client.send('/api/app/write-initiatives', {
			method: 'POST',
			body: { operations: [{ action: 'create', collection: 'initiatives', data }] },
			requestKey: null
		});
	const figure = {
		amount: 250000,
		kind: 'achieved',
		period: 'annual',
		fromYear: 2015,
		toYear: null,
		scope: '',
		reported: '2016-03',
		source: 'https://example.org/savings',
		basis: 'Spec'
	};

	it.each([
		['a status as-of date that does not exist', { status_as_of: '2019-02-30' }],
		['a status as-of date in the future', { status_as_of: '2999-01-01' }],
		['a source mirror flag that is not true or false', { sources: [{ url: 'https://example.org/x', title: 'x', date: '', mirror: 'yes' }] }],
		['a savings figure without a kind', { savings: [{ ...figure, kind: 'estimated' }] }],
		['two savings figures of the same kind, period and scope', { savings: [figure, { ...figure, amount: 1 }] }]
	])('refuses %s as the collection API does, and writes nothing', async (_, fields) => {
		const body = initiativeBody(fields);
		const direct = await refusal(() => pb.admin.collection('initiatives').create(body));
		expect(direct.status).toBe(400);
		const routed = await refusal(() => write(actors.editor, body));
		expect(routed.status).toBe(400);
		expect(routed.message).toBe(direct.message);
		expect(await pb.admin.collection('initiatives').getList(1, 1, { filter: pb.admin.filter('slug = {:slug}', { slug: body.slug }) })).toMatchObject({
			totalItems: 0
		});
	});

	it('stores savings figures, the as-of date, the listing flag and mirror flags as given', async () => {
		const sources = [
			{ url: 'https://example.org/main', title: 'Main', date: '2016', mirror: false },
			{ url: 'https://example.org/copy', title: 'Copy', date: '2016', mirror: true }
		];
		const body = initiativeBody({ status_as_of: '2016-03', lga_map_listed: true, savings: [figure], sources });
		await write(actors.editor, body);
		const stored = await pb.admin.collection('initiatives').getFirstListItem(pb.admin.filter('slug = {:slug}', { slug: body.slug }));
		expect(stored).toMatchObject({
			status_as_of: '2016-03',
			lga_map_listed: true,
			savings: [figure],
			sources,
			programme: '',
			created_by: actors.ids.editor
		});
	});
});

describe('hooks on direct API writes', () => {
	it.each([
		['a month that does not exist', '2012-13', 'The status’s as-of date must be a date such as 2012-06-18, 2012-06 or 2012.'],
		['a day that does not exist', '2019-02-30', 'The status’s as-of date must be a date such as 2012-06-18, 2012-06 or 2012.'],
		['a date in the future', '2999-01-01', 'The status’s as-of date is in the future; give the date of the evidence behind the status.']
	])('refuses a status as-of date with %s', async (_, statusAsOf, message) => {
		expect(
			await refusal(() =>
				actors.editor.collection('initiatives').create({ ...initiativeBody({ status_as_of: statusAsOf }), created_by: actors.ids.editor })
			)
		).toEqual({ status: 400, message, fields: ['status_as_of'] });
	});

	it('accepts a partial as-of date, the listing flag and no programme', async () => {
		const created = await actors.editor
			.collection('initiatives')
			.create({ ...initiativeBody({ status_as_of: '2012-06', lga_map_listed: true }), created_by: actors.ids.editor });
		expect(created).toMatchObject({ status_as_of: '2012-06', lga_map_listed: true, programme: '' });
	});

	it('refuses a source mirror flag that is not true or false', async () => {
		const sources = [{ url: 'https://example.org/x', title: 'x', date: '', mirror: 'yes' }];
		expect(await refusal(() => pb.admin.collection('initiatives').create(initiativeBody({ sources })))).toEqual({
			status: 400,
			message: 'A source’s mirror flag must be true or false.',
			fields: ['sources']
		});
	});

	describe('relations', () => {
		let ids: string[];
		beforeAll(async () => {
			ids = [];
			for (let i = 0; i < 3; i++) ids.push((await pb.admin.collection('initiatives').create(initiativeBody())).id);
		});
		const link = (client: PocketBase, from: string, relation: string, to: string) =>
			client.collection('initiative_relations').create({ from_initiative: from, relation, to_initiative: to });

		it('lets editors link initiatives and no one else', async () => {
			expect((await refusal(() => link(actors.contributorA, ids[0], 'part_of', ids[1]))).status).toBe(400);
			expect((await refusal(() => link(actors.anonymous, ids[0], 'part_of', ids[1]))).status).toBe(400);
			expect((await link(actors.editor, ids[0], 'part_of', ids[1])).relation).toBe('part_of');
		});

		it('refuses a link from an initiative to itself', async () => {
			expect(await refusal(() => link(actors.editor, ids[2], 'succeeded_by', ids[2]))).toEqual({
				status: 400,
				message: 'An initiative cannot be related to itself.',
				fields: ['to_initiative']
			});
		});

		it('refuses a link that would make a loop', async () => {
			await link(actors.editor, ids[1], 'part_of', ids[2]);
			expect(await refusal(() => link(actors.editor, ids[2], 'part_of', ids[0]))).toEqual({
				status: 400,
				message: 'This part_of link would make a loop: the initiative would end up part of itself.',
				fields: ['to_initiative']
			});
		});

		it('refuses a second parent', async () => {
			expect((await refusal(() => link(actors.editor, ids[0], 'part_of', ids[2]))).status).toBe(400);
		});

		it('hides a link from the public while either end is unpublished', async () => {
			const draft = await pb.admin.collection('initiatives').create(initiativeBody({ lifecycle: 'draft' }));
			const hidden = await link(actors.editor, draft.id, 'succeeded_by', ids[0]);
			expect(await refusal(() => actors.anonymous.collection('initiative_relations').getOne(hidden.id))).toMatchObject({ status: 404 });
			expect((await actors.editor.collection('initiative_relations').getOne(hidden.id)).id).toBe(hidden.id);
		});
	});
});

describe('the migrations', () => {
	const openDb = () => new DatabaseSync(join(pb.dataDir, 'data.db'), { readOnly: true });
	const migrate = (...args: string[]) => {
		const run = spawnSync(
			buildPocketBase(),
			['migrate', ...args, `--dir=${pb.dataDir}`, `--migrationsDir=${join(root, 'pb_migrations')}`, `--hooksDir=${join(root, 'pb_hooks')}`],
			{ input: 'y\n', encoding: 'utf8' }
		);
		expect(run.status, run.stderr || run.stdout).toBe(0);
	};
	const read = () => {
		const db = openDb();
		try {
			const columns = (db.prepare("SELECT name FROM pragma_table_info('initiatives')").all() as { name: string }[]).map((c) => c.name);
			const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
			const listing = db.prepare("SELECT id FROM programmes WHERE slug = 'shared_services'").get() as { id: string } | undefined;
			const blank = (db.prepare("SELECT count(*) AS n FROM initiatives WHERE programme = ''").get() as { n: number }).n;
			const onListing = listing ? (db.prepare('SELECT count(*) AS n FROM initiatives WHERE programme = ?').get(listing.id) as { n: number }).n : 0;
			const asOf = (slug: string) =>
				columns.includes('status_as_of')
					? (db.prepare('SELECT status_as_of FROM initiatives WHERE slug = ?').get(slug) as { status_as_of: string }).status_as_of
					: null;
			return { columns, tables, listing: Boolean(listing), blank, onListing, asOf: { xentrall: asOf('xentrall'), triBorough: asOf('tri-borough') } };
		} finally {
			db.close();
		}
	};

	it('go down to the old schema, shared_services programme included, and up again', async () => {
		await pb.stopKeepingData();
		const db = openDb();
		const applied = (
			db.prepare("SELECT file FROM _migrations ORDER BY substr(applied || '0000000000000000', 0, 17) DESC, file DESC").all() as { file: string }[]
		).map((row) => row.file);
		db.close();
		const since = applied.indexOf('1796100000_add_status_as_of_to_initiatives.js') + 1;
		expect(since).toBeGreaterThan(0);
		const before = read();
		expect(before).toMatchObject({ listing: false, onListing: 0, asOf: { xentrall: '2020-07-14', triBorough: '2017-03-27' } });
		expect(before.tables).toContain('initiative_relations');
		expect(before.columns).toEqual(expect.arrayContaining(['status_as_of', 'lga_map_listed']));

		migrate('down', String(since));
		const down = read();
		expect(down.columns).not.toContain('status_as_of');
		expect(down.columns).not.toContain('lga_map_listed');
		expect(down.tables).not.toContain('initiative_relations');
		expect(down).toMatchObject({ listing: true, blank: 0, onListing: before.blank });

		migrate('up');
		const up = read();
		// Going down drops the recorded dates; going up fills them again from the main source's date, except where
		// the row ended after that date (tri-borough, 2018), which the backfill cannot know.
		expect(up).toMatchObject({ listing: false, onListing: 0, blank: before.blank, asOf: { xentrall: '2020-07-14', triBorough: '' } });
		expect(up.tables).toContain('initiative_relations');
	});
});
