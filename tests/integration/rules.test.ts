// The API-rule matrix: every actor × every collection × list, view, create, update, delete,
// called directly on PocketBase's REST API with the JS SDK, as anyone bypassing the app would. Each cell
// asserts allow or deny, and a denied write is checked to have changed nothing. Then the specific attacks.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorNames, client, createActors, proposalDraft, signIn, type ActorName, type Actors } from '../support/actors.ts';
import { createUser, password } from '../support/users.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

type Op = 'list' | 'view' | 'create' | 'update' | 'delete';
type Body = Record<string, unknown>;

interface Row {
	collection: string;
	/** The target record, in words. */
	what: string;
	allowed: Record<Op, readonly ActorName[]>;
	/** The record that list and view look for. */
	target(): Promise<string>;
	/** A record for update and delete (a fresh one unless the row says otherwise). */
	fresh?(): Promise<string>;
	create?(actor: ActorName): Promise<Body> | Body;
	/** The update body and the field that shows whether it landed. */
	update?(actor: ActorName): { body: Body; field: string };
}

let pb: SeededPocketBase;
let actors: Actors;
let refs: { programme: string; category: string; usersCollection: string };
let unique = 0;
let linked = 0;
const next = (prefix: string) => `${prefix}-${++unique}`;

beforeAll(async () => {
	pb = await startSeededPocketBase();
	actors = await createActors(pb);
	const [programme, category, users] = await Promise.all([
		pb.admin.collection('programmes').getFirstListItem('', { sort: 'slug' }),
		pb.admin.collection('categories').getFirstListItem('', { sort: 'slug' }),
		pb.admin.collections.getOne('users')
	]);
	refs = { programme: programme.id, category: category.id, usersCollection: users.id };
});
afterAll(() => pb?.stop());

const clientOf = (actor: ActorName): PocketBase => actors[actor];
const idOf = (actor: ActorName): string => (actor === 'anonymous' ? '' : actors.ids[actor]);

const everyone = actorNames;
const editorOnly = ['editor'] as const;
const nobody = [] as const;
const publicRead = { list: everyone, view: everyone };
const readOnly = { create: nobody, update: nobody, delete: nobody };

function initiativeBody(lifecycle: 'published' | 'draft', createdBy = ''): Body {
	const slug = next('matrix-initiative');
	return {
		slug,
		name: `Matrix ${slug}`,
		programme: refs.programme,
		category: refs.category,
		status: 'operational',
		description: 'An initiative made by the rule matrix.',
		sources: [{ url: 'https://example.org/matrix', title: 'Matrix', date: '' }],
		lifecycle,
		created_by: createdBy
	};
}

async function adminCreate(collection: string, body: Body): Promise<string> {
	return (await pb.admin.collection(collection).create(body)).id;
}

async function initiativeWithA(lifecycle: 'published' | 'draft'): Promise<string> {
	const id = await adminCreate('initiatives', initiativeBody(lifecycle));
	await adminCreate('participations', { initiative: id, authority: actors.authorityA.id, role: 'partner' });
	return id;
}

/** A part_of link from a new initiative (each may have one parent) to a new published one. */
async function relationBody(lifecycle: 'published' | 'draft'): Promise<Body> {
	const [from, to] = await Promise.all([
		adminCreate('initiatives', initiativeBody(lifecycle)),
		adminCreate('initiatives', initiativeBody('published'))
	]);
	return { from_initiative: from, relation: 'part_of', to_initiative: to };
}

function proposal(actor: ActorName, initiative = ''): Body {
	return {
		initiative,
		data: proposalDraft(next('proposal'), [actors.authorityA]),
		authorities: [actors.authorityA.id],
		status: 'pending',
		proposed_by: idOf(actor)
	};
}

/** The first record's id, looked up once (view queries are costly). */
function firstId(collection: string): () => Promise<string> {
	let id: Promise<string> | undefined;
	return () =>
		(id ??= pb.admin
			.collection(collection)
			.getList(1, 1, { fields: 'id' })
			.then((page) => page.items[0].id));
}

function systemRow(collection: string, allowed: Row['allowed'], body: () => Body, field: string): Row {
	const make = () => ({ collectionRef: refs.usersCollection, recordRef: actors.ids.contributorA, ...body() });
	return {
		collection,
		what: "a record of contributor A's",
		allowed,
		target: async () => adminCreate(collection, make()),
		create: () => make(),
		update: () => ({ body: { [field]: 'forged-value' }, field })
	};
}

const providers = [
	'google',
	'facebook',
	'github',
	'gitlab',
	'discord',
	'twitter',
	'microsoft',
	'spotify',
	'kakao',
	'twitch',
	'strava',
	'gitee',
	'livechat',
	'gitea',
	'oidc',
	'oidc2',
	'oidc3',
	'apple',
	'instagram',
	'vk',
	'yandex',
	'patreon',
	'mailcow',
	'bitbucket',
	'planningcenter',
	'notion',
	'monday',
	'wakatime',
	'linear',
	'box',
	'trakt',
	'lark'
];

const views: [string, boolean][] = [
	['region_stats', true],
	['programme_stats', true],
	['category_stats', true],
	['year_stats', true],
	['placements', false],
	['coverage_stats', true],
	['coverage_category_stats', true],
	['coverage_year_stats', true],
	['coverage_programme_stats', true],
	['initiative_members', true],
	['data_version', true],
	['change_feed', false]
];

const rows: Row[] = [
	{
		collection: 'authorities',
		what: 'an authority (the register, written only by the seed)',
		allowed: { ...publicRead, ...readOnly },
		target: firstId('authorities'),
		fresh: firstId('authorities'),
		create: () => ({ code: 'E99999999', name: 'Matrix', kind: 'unitary', tier: 'single', region: 'E12000001', region_name: 'North East' }),
		update: () => ({ body: { name: 'Forged' }, field: 'name' })
	},
	...(['programmes', 'categories'] as const).map((collection): Row => ({
		collection,
		what: 'a reference record',
		allowed: { ...publicRead, create: editorOnly, update: editorOnly, delete: editorOnly },
		target: firstId(collection),
		fresh: async () =>
			adminCreate(
				collection,
				collection === 'programmes'
					? { slug: next('p').replace('-', '_'), theme: 'Matrix', name: 'Matrix' }
					: { slug: next('c').replace('-', '_'), name: 'Matrix' }
			),
		create: () =>
			collection === 'programmes'
				? { slug: next('p').replace('-', '_'), theme: 'Matrix', name: 'Matrix' }
				: { slug: next('c').replace('-', '_'), name: 'Matrix' },
		// Display names are unique: each rename is its own.
		update: (actor) => ({ body: { name: next(`Renamed by ${actor}`) }, field: 'name' })
	})),
	{
		collection: 'initiatives',
		what: 'a published initiative of authority A',
		allowed: { ...publicRead, create: editorOnly, update: editorOnly, delete: editorOnly },
		target: () => Promise.resolve(actors.initiative.id),
		fresh: () => initiativeWithA('published'),
		create: (actor) => initiativeBody('published', idOf(actor)),
		// Display names are unique: each rename is its own.
		update: (actor) => ({ body: { name: next(`Renamed by ${actor}`) }, field: 'name' })
	},
	{
		collection: 'initiatives',
		what: 'a draft initiative of authority A',
		allowed: { list: editorOnly, view: editorOnly, create: editorOnly, update: editorOnly, delete: editorOnly },
		target: () => initiativeWithA('draft'),
		fresh: () => initiativeWithA('draft'),
		// A contributor's best attempt: pending, and created by themselves.
		create: (actor) => ({ ...initiativeBody('draft', idOf(actor)), lifecycle: actor.startsWith('contributor') ? 'pending' : 'draft' }),
		// Display names are unique: each rename is its own.
		update: (actor) => ({ body: { name: next(`Renamed by ${actor}`) }, field: 'name' })
	},
	...(['published', 'draft'] as const).map((lifecycle): Row => ({
		collection: 'participations',
		what: `authority A's participation in a ${lifecycle} initiative`,
		allowed:
			lifecycle === 'published'
				? { ...publicRead, create: editorOnly, update: editorOnly, delete: editorOnly }
				: { list: editorOnly, view: editorOnly, create: editorOnly, update: editorOnly, delete: editorOnly },
		target: async () =>
			(await pb.admin.collection('participations').getFirstListItem(pb.admin.filter('initiative = {:id}', { id: await initiativeWithA(lifecycle) })))
				.id,
		create: async () => ({
			initiative: await adminCreate('initiatives', initiativeBody(lifecycle)),
			authority: actors.authorityA.id,
			role: 'partner'
		}),
		update: () => ({ body: { role: 'lead' }, field: 'role' })
	})),
	...(['published', 'draft'] as const).map((lifecycle): Row => ({
		collection: 'initiative_relations',
		what: `a relation from a ${lifecycle} initiative to a published one`,
		allowed:
			lifecycle === 'published'
				? { ...publicRead, create: editorOnly, update: editorOnly, delete: editorOnly }
				: { list: editorOnly, view: editorOnly, create: editorOnly, update: editorOnly, delete: editorOnly },
		target: async () => adminCreate('initiative_relations', await relationBody(lifecycle)),
		create: () => relationBody(lifecycle),
		update: (actor) => ({ body: { note: `Noted by ${actor}` }, field: 'note' })
	})),
	...([false, true] as const).map((edit): Row => ({
		collection: 'revisions',
		what: `contributor A's pending proposal ${edit ? 'to edit a published initiative of authority A' : 'of a new initiative naming authority A'}`,
		allowed: {
			list: ['contributorA', 'editor'],
			view: ['contributorA', 'editor'],
			create: ['contributorA'],
			update: editorOnly,
			delete: ['contributorA', 'editor']
		},
		target: async () => adminCreate('revisions', proposal('contributorA', edit ? actors.initiative.id : '')),
		create: (actor) => proposal(actor, edit ? actors.initiative.id : ''),
		update: (actor) => ({ body: { status: 'rejected', comment: 'Not this time.', reviewed_by: idOf(actor) }, field: 'status' })
	})),
	{
		collection: 'changes',
		what: 'an audit record',
		allowed: { list: editorOnly, view: editorOnly, ...readOnly },
		target: firstId('changes'),
		fresh: firstId('changes'),
		create: () => ({ collection: 'initiatives', record: 'forged', action: 'delete', actor: 'forged' }),
		update: () => ({ body: { actor: 'forged' }, field: 'actor' })
	},
	{
		collection: 'users',
		what: "contributor A's account",
		allowed: {
			list: ['contributorA', 'editor'],
			view: ['contributorA', 'editor'],
			create: editorOnly,
			update: ['contributorA', 'editor'],
			delete: nobody
		},
		target: () => Promise.resolve(actors.ids.contributorA),
		fresh: () => Promise.resolve(actors.ids.contributorA),
		create: () => ({
			email: `${next('new-contributor')}@test.invalid`,
			password,
			passwordConfirm: password,
			role: 'contributor',
			authorities: [actors.authorityA.id]
		}),
		// Display names are unique: each rename is its own.
		update: (actor) => ({ body: { name: next(`Renamed by ${actor}`) }, field: 'name' })
	},
	{
		collection: 'users',
		what: "the editor's account",
		allowed: { list: editorOnly, view: editorOnly, create: nobody, update: editorOnly, delete: nobody },
		target: () => Promise.resolve(actors.ids.editor),
		fresh: () => Promise.resolve(actors.ids.editor),
		// Only a superuser makes editors.
		create: () => ({ email: `${next('new-editor')}@test.invalid`, password, passwordConfirm: password, role: 'editor' }),
		// Display names are unique: each rename is its own.
		update: (actor) => ({ body: { name: next(`Renamed by ${actor}`) }, field: 'name' })
	},
	{
		collection: 'authority_stats',
		what: 'a row of the per-authority totals (a table only the hooks write)',
		allowed: { ...publicRead, ...readOnly },
		target: firstId('authority_stats'),
		fresh: firstId('authority_stats'),
		create: () => ({ id: `forged${String(++unique).padStart(9, '0')}`, code: 'E99999999', name: 'Forged', count: 1 }),
		update: () => ({ body: { count: 999999 }, field: 'count' })
	},
	...views.map(([collection, isPublic]): Row => ({
		collection,
		what: 'a row of the view',
		allowed: { ...(isPublic ? publicRead : { list: nobody, view: nobody }), ...readOnly },
		target: firstId(collection),
		fresh: firstId(collection),
		create: () => ({ id: 'forged' }),
		update: () => ({ body: { id: 'forged' }, field: 'id' })
	})),
	{
		collection: '_superusers',
		what: 'the superuser',
		allowed: { list: nobody, view: nobody, ...readOnly },
		target: firstId('_superusers'),
		fresh: firstId('_superusers'),
		create: () => ({ email: `${next('forged')}@test.invalid`, password, passwordConfirm: password }),
		update: () => ({ body: { email: 'forged@test.invalid' }, field: 'email' })
	},
	systemRow(
		'_authOrigins',
		{ list: ['contributorA'], view: ['contributorA'], create: nobody, update: nobody, delete: ['contributorA'] },
		() => ({ fingerprint: next('fingerprint') }),
		'fingerprint'
	),
	// One link per provider and account, so each record gets its own provider.
	systemRow(
		'_externalAuths',
		{ list: ['contributorA'], view: ['contributorA'], create: nobody, update: nobody, delete: ['contributorA'] },
		() => ({ provider: providers[linked++], providerId: next('provider') }),
		'providerId'
	),
	systemRow('_mfas', { list: ['contributorA'], view: ['contributorA'], ...readOnly }, () => ({ method: 'password' }), 'method'),
	systemRow('_otps', { list: ['contributorA'], view: ['contributorA'], ...readOnly }, () => ({ password: 'matrix-otp-1', sentTo: '' }), 'sentTo')
];

/** The status of a failed call, or 200 when it succeeded. */
async function statusOf(call: () => Promise<unknown>): Promise<number> {
	try {
		await call();
		return 200;
	} catch (error) {
		if (error instanceof ClientResponseError) return error.status;
		throw error;
	}
}

async function exists(collection: string, id: string): Promise<boolean> {
	return (await statusOf(() => pb.admin.collection(collection).getOne(id))) === 200;
}

const cells = rows.flatMap((row) =>
	everyone.flatMap((actor) =>
		(['list', 'view', 'create', 'update', 'delete'] as const).map((op) => ({ row, actor, op, allow: row.allowed[op].includes(actor) }))
	)
);

describe('the API-rule matrix', () => {
	it('has a row for every collection PocketBase has', async () => {
		const collections = await pb.admin.collections.getFullList({ fields: 'name' });
		expect(collections.map((c) => c.name).sort()).toEqual([...new Set(rows.map((row) => row.collection))].sort());
		expect(cells.length).toBe(rows.length * 4 * 5);
	});

	it.each(rows.filter((row) => row.allowed.create.length === 0 && !views.some(([name]) => name === row.collection)))(
		'$collection: the create body denied to everyone is valid (a superuser can create it)',
		async (row) => {
			const created = await pb.admin.collection(row.collection).create(await row.create!('editor'));
			await pb.admin.collection(row.collection).delete(created.id);
		}
	);

	it.each(cells.map((cell) => ({ ...cell, label: `${cell.row.collection} (${cell.row.what})`, verdict: cell.allow ? 'allows' : 'denies' })))(
		'$label: $verdict $op by $actor',
		async ({ row, actor, op, allow }) => {
			const api = clientOf(actor).collection(row.collection);
			if (op === 'list' || op === 'view') {
				const id = await row.target();
				if (op === 'view') {
					const status = await statusOf(() => api.getOne(id));
					if (allow) expect(status).toBe(200);
					else expect([403, 404]).toContain(status);
					return;
				}
				let ids: string[] = [];
				// Views are large and public or closed: a filter by id is cheap there. Elsewhere the whole list is
				// read, since PocketBase throttles filtered lists that keep coming back empty.
				const isView = views.some(([name]) => name === row.collection);
				const status = await statusOf(async () => {
					const records = isView
						? (await api.getList(1, 1, { fields: 'id', filter: pb.admin.filter('id = {:id}', { id }) })).items
						: await api.getFullList({ fields: 'id', batch: 1000 });
					ids = records.map((record) => record.id);
				});
				if (allow) expect(ids).toContain(id);
				else {
					expect([200, 403]).toContain(status);
					expect(ids).not.toContain(id);
				}
				return;
			}
			if (op === 'create') {
				const body = await row.create!(actor);
				const status = await statusOf(() => api.create(body));
				if (allow) expect(status).toBe(200);
				else expect([400, 403, 404]).toContain(status);
				return;
			}
			const id = await (row.fresh ?? row.target)();
			if (op === 'update') {
				const { body, field } = row.update!(actor);
				const before = await pb.admin.collection(row.collection).getOne(id);
				const status = await statusOf(() => api.update(id, body));
				const after = await pb.admin.collection(row.collection).getOne(id);
				if (allow) {
					expect(status).toBe(200);
					expect(after[field]).toBe(body[field]);
				} else {
					expect([400, 403, 404]).toContain(status);
					expect(after[field]).toEqual(before[field]);
				}
				return;
			}
			const status = await statusOf(() => api.delete(id));
			if (allow) {
				expect(status).toBe(200);
				expect(await exists(row.collection, id)).toBe(false);
			} else {
				expect([400, 403, 404]).toContain(status);
				expect(await exists(row.collection, id)).toBe(true);
			}
		}
	);
});

describe('contributor attacks', () => {
	const a = () => actors.contributorA;

	it('cannot publish: no published initiative, no approved proposal, no lifecycle change', async () => {
		expect(await statusOf(() => a().collection('initiatives').create(initiativeBody('published', actors.ids.contributorA)))).toBe(400);
		expect(
			await statusOf(() =>
				a()
					.collection('revisions')
					.create({ ...proposal('contributorA'), status: 'approved' })
			)
		).toBe(400);
		const draft = await initiativeWithA('draft');
		expect(await statusOf(() => a().collection('initiatives').update(draft, { lifecycle: 'published' }))).toBe(404);
		expect((await pb.admin.collection('initiatives').getOne(draft)).lifecycle).toBe('draft');
	});

	it('cannot approve or comment on a proposal, even its own', async () => {
		const own = await a().collection('revisions').create(proposal('contributorA'));
		expect(await statusOf(() => a().collection('revisions').update(own.id, { status: 'approved', reviewed_by: actors.ids.contributorA }))).toBe(404);
		expect(await statusOf(() => a().collection('revisions').update(own.id, { comment: 'Looks great' }))).toBe(404);
		expect((await pb.admin.collection('revisions').getOne(own.id)).status).toBe('pending');
	});

	it('cannot change created_by (nor can an editor)', async () => {
		const id = await initiativeWithA('published');
		for (const actor of ['contributorA', 'editor'] as const) {
			expect(await statusOf(() => clientOf(actor).collection('initiatives').update(id, { created_by: actors.ids[actor] }))).toBe(404);
		}
		expect((await pb.admin.collection('initiatives').getOne(id)).created_by).toBe('');
	});

	it("cannot touch another authority's initiative, directly or by proposal", async () => {
		const b = actors.contributorB;
		expect(await statusOf(() => b.collection('initiatives').update(actors.initiative.id, { name: 'Hijacked' }))).toBe(404);
		expect(
			await statusOf(() => b.collection('participations').create({ initiative: actors.initiative.id, authority: actors.authorityB.id, role: 'lead' }))
		).toBe(400);
		// An edit proposal for an initiative authority B is not part of, even when it names B.
		const naming = (code: string, id: string) => ({
			...proposal('contributorB', actors.initiative.id),
			data: proposalDraft(actors.initiative.slug, [{ code, name: code }], { name: 'Hijacked' }),
			authorities: [id]
		});
		expect(await statusOf(() => b.collection('revisions').create(naming(actors.authorityB.code, actors.authorityB.id)))).toBe(400);
		// A new proposal claiming authority B while naming only authority A.
		expect(await statusOf(() => b.collection('revisions').create({ ...naming(actors.authorityA.code, actors.authorityB.id), initiative: '' }))).toBe(
			400
		);
	});

	it('cannot propose in the name of another user', async () => {
		expect(
			await statusOf(() => actors.contributorB.collection('revisions').create({ ...proposal('contributorB'), proposed_by: actors.ids.contributorA }))
		).toBe(400);
	});

	it('cannot raise its own role, add authorities, reactivate itself or publish its e-mail', async () => {
		const id = actors.ids.contributorA;
		for (const body of [
			{ role: 'editor' },
			{ authorities: [actors.authorityA.id, actors.authorityB.id] },
			{ 'authorities+': actors.authorityB.id },
			{ deactivated: false },
			{ emailVisibility: true }
		]) {
			expect(await statusOf(() => a().collection('users').update(id, body))).toBe(404);
		}
		const stored = await pb.admin.collection('users').getOne(id);
		expect(stored).toMatchObject({ role: 'contributor', authorities: [actors.authorityA.id], emailVisibility: false });
	});

	it('an editor cannot make editors, promote a contributor or change passwords or e-mails', async () => {
		const e = actors.editor;
		expect(await statusOf(() => e.collection('users').update(actors.ids.contributorB, { role: 'editor' }))).toBe(404);
		expect(
			await statusOf(() => e.collection('users').update(actors.ids.contributorB, { password: 'new-password-1', passwordConfirm: 'new-password-1' }))
		).toBe(400);
		expect(await statusOf(() => e.collection('users').update(actors.ids.contributorB, { email: 'taken-over@test.invalid' }))).toBe(400);
		expect(await statusOf(() => e.collection('users').update(actors.ids.editor, { role: 'contributor' }))).toBe(404);
	});
});

describe("nobody reads another user's e-mail", () => {
	it('is absent from every list, view and expand, and cannot be probed with a filter', async () => {
		const contributorEmail = 'contributor-a-rules@test.invalid';
		const listed = await actors.editor.collection('users').getFullList();
		expect(listed.length).toBeGreaterThan(1);
		for (const user of listed.filter((user) => user.id !== actors.ids.editor)) expect(user.email).toBeFalsy();
		expect((await actors.editor.collection('users').getOne(actors.ids.contributorA)).email).toBeFalsy();
		expect(await statusOf(() => actors.editor.collection('users').getFullList({ filter: `email = "${contributorEmail}"` }))).toBe(400);
		expect(await statusOf(() => actors.editor.collection('users').getList(1, 50, { sort: 'email' }))).toBe(400);
		const revision = await actors.contributorA.collection('revisions').create(proposal('contributorA'));
		const expanded = await actors.editor
			.collection('revisions')
			.getOne<{ expand?: { proposed_by?: { email?: string } } }>(revision.id, { expand: 'proposed_by' });
		expect(expanded.expand?.proposed_by?.email).toBeFalsy();
		for (const other of [actors.contributorB, actors.anonymous]) {
			expect(await statusOf(() => other.collection('users').getOne(actors.ids.contributorA))).toBe(404);
		}
		// Everyone still sees their own.
		expect((await actors.contributorA.collection('users').getOne(actors.ids.contributorA)).email).toBe(contributorEmail);
	});
});

describe('accounts and sign-in', () => {
	it('a deactivated account is signed out everywhere and cannot sign in again', async () => {
		const user = await createUser(pb.admin, { email: 'deactivated-rules@test.invalid', role: 'contributor', authorities: [actors.authorityA.id] });
		const session = await signIn(pb.url, user.email);
		await actors.editor.collection('users').update(user.id, { deactivated: true });
		expect(await statusOf(() => session.collection('users').getOne(user.id))).toBe(404);
		expect(await statusOf(() => session.collection('users').authRefresh())).toBe(401);
		expect(await statusOf(() => signIn(pb.url, user.email))).toBe(403);
	});

	it('an account refuses passwords after 5 failures, whatever the address', async () => {
		const attempts: number[] = [];
		for (let i = 0; i < 6; i++)
			attempts.push(await statusOf(() => client(pb.url).collection('users').authWithPassword('contributor-b-rules@test.invalid', 'wrong password')));
		expect(attempts).toEqual([400, 400, 400, 400, 400, 429]);
		expect(await statusOf(() => client(pb.url).collection('users').authWithPassword('contributor-b-rules@test.invalid', password))).toBe(429);
	});

	it("PocketBase's own rate limiter is on and limits sign-ins per address", async () => {
		const settings = (await pb.admin.settings.getAll()) as { rateLimits: { enabled: boolean; rules: { label: string }[] } };
		expect(settings.rateLimits.enabled).toBe(true);
		expect(settings.rateLimits.rules).toContainEqual(expect.objectContaining({ label: '*:auth' }));
		const statuses: number[] = [];
		for (let i = 0; i < 25; i++)
			statuses.push(await statusOf(() => client(pb.url).collection('users').authWithPassword(`nobody-${i}@test.invalid`, 'wrong password')));
		expect(statuses).toContain(429);
	});
});
