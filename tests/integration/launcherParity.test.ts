// The launcher's Go hooks (pocketbase/: the audit trail, an initiative's checks, the change records of a
// bulk write inserted together) stand in for JS hooks that a stock PocketBase runs instead (pb_hooks/):
// the same writes and the same bad inputs, sent to each, leave the same trail, the same authority_stats
// and the same answers.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { labelRequests } from '#lib/server/audit.ts';
import { importInitiatives } from '#lib/server/importInitiatives.ts';
import { createActors } from '../support/actors.ts';
import { file, tauntonMendip, triBorough } from '../support/imports.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';
import { stockPocketBase } from '../support/stockPocketBase.ts';

// POCKETBASE_BIN replaces the launcher everywhere: then there is nothing to compare.
const launcherInUse = !process.env.POCKETBASE_BIN;
let launcher: SeededPocketBase | undefined;
let stock: SeededPocketBase | undefined;

beforeAll(async () => {
	if (!launcherInUse) return;
	[launcher, stock] = await Promise.all([startSeededPocketBase(), startSeededPocketBase({ binary: stockPocketBase() })]);
}, 600_000);
afterAll(async () => {
	await Promise.all([launcher?.stop(), stock?.stop()]);
});

const rows: Record<string, string>[] = Array.from({ length: 30 }, (_, i) => ({
	...(i % 2 ? tauntonMendip : triBorough),
	id: `parity-${i}`,
	name: `Parity ${i} <&> “quoted”`,
	status_as_of: i % 3 ? '2012-06' : '2012-06-18'
}));

const figure = (fields: Record<string, unknown> = {}) => ({
	amount: 100,
	kind: 'achieved',
	period: 'annual',
	fromYear: null,
	toYear: null,
	scope: '',
	reported: '2020',
	source: 'https://example.org/s',
	basis: 'b',
	...fields
});
const sources = (url: unknown, more: Record<string, unknown> = {}) => [{ url, title: 't', date: '', ...more }];

// Bodies of PATCH requests to one initiative, as sent (so numbers JSON cannot hold in a double, and keys given twice, are sent too).
const badInputs = [
	...[null, {}, [], [null], ['http://x'], [[]], 'text', 5].map((value) => JSON.stringify({ sources: value })),
	...['', 0, 1, true, ['http://a'], [['http://a', 'b']], [null, 'http://a'], [0], 'HTTP://A', 'http://a b', 'http://a\u00a0b']
		.concat(['http://a\u2028', 'http://a\ufeff', 'http://a\u0085', 'http://a\u000b', 'httpſ://a', 'javascript:alert(1)'])
		.map((url) => JSON.stringify({ sources: sources(url) })),
	...[null, 'true', false].map((mirror) => JSON.stringify({ sources: sources('https://ok', { mirror }) })),
	'{"sources":[{"url":1e400}]}',
	JSON.stringify({ lifecycle: 'published', sources: [] }),
	...['2012', '2012-06-18', '2012-02-30', '2012-13', '2012-00', '0000', '2999', '2012-6', ' 2012', '2012-02-29', '2013-02-29', '']
		.concat(['2012-06-18T00:00', '9999-12-31'])
		.map((asOf) => JSON.stringify({ status_as_of: asOf })),
	...[[], null, {}, [null], [[]], [1], 'abc'].map((savings) => JSON.stringify({ savings })),
	...[
		{ amount: 0 },
		{ amount: 1.5 },
		{ amount: 1e12 },
		{ amount: 1e12 + 1 },
		{ amount: '100' },
		{ amount: undefined },
		{ kind: 'Achieved' },
		{ period: 'monthly' },
		{ fromYear: undefined },
		{ fromYear: 1899 },
		{ fromYear: 2100.5 },
		{ fromYear: '2012' },
		{ fromYear: 2015, toYear: 2012 },
		{ scope: 'E0600001' },
		{ scope: 'E06000001' },
		{ scope: null },
		{ reported: '2012-1' },
		{ source: 'ftp://x' },
		{ source: 'HTTPS://X' },
		{ source: 'https://a b' },
		{ basis: ' \t' },
		{ basis: '\ufeff' },
		{ basis: '\u0085' },
		{ basis: 5 }
	].map((fields) => JSON.stringify({ savings: [figure(fields)] })),
	JSON.stringify({ savings: [figure(), figure()] }),
	JSON.stringify({ savings: [figure({ scope: 'E06000001' }), figure({ scope: 'E06000001' })] }),
	'{"savings":[{"amount":1e400,"kind":"achieved","period":"annual","fromYear":null,"toYear":null,"scope":"","reported":"","source":"https://x","basis":"b"}]}',
	'{"savings":[{"amount":5,"amount":7,"kind":"achieved","period":"annual","fromYear":null,"toYear":null,"scope":"","reported":"","source":"https://x","basis":"b"}]}'
];

/** The same writes through the app's modules and PocketBase's API; what each answered. */
async function scenario(pb: SeededPocketBase): Promise<unknown[]> {
	const answers: unknown[] = [];
	const actors = await createActors(pb, 'parity');
	const importer = labelRequests(pb.admin, 'import');
	answers.push(await importInitiatives(importer, file(...rows), { lifecycle: 'published' }));
	const changed = rows.map((row, i) => (i % 4 ? row : { ...row, description: 'Changed.', councils: row.councils.replace(/; [^;]+$/, '') }));
	answers.push(await importInitiatives(importer, file(...changed), { lifecycle: 'published' }));
	answers.push(
		await importInitiatives(importer, file(...rows.slice(0, 3).map((row) => ({ ...row, id: `${row.id}-draft` }))), { lifecycle: 'draft' })
	);

	const target = await pb.admin.collection('initiatives').getFirstListItem<{ id: string; name: string }>('slug = "parity-1"');
	for (const body of badInputs) {
		const response = await fetch(`${pb.url}/api/collections/initiatives/records/${target.id}`, {
			method: 'PATCH',
			headers: { 'content-type': 'application/json', authorization: pb.admin.authStore.token },
			body
		});
		answers.push([body, response.status, response.ok ? null : await response.json()]);
	}
	// JSON text stored by something other than PocketBase: keys in another order, a number written 100.0.
	const db = new DatabaseSync(join(pb.dataDir, 'data.db'));
	db.prepare('UPDATE initiatives SET sources = ?, savings = ? WHERE id = ?').run(
		'[{"url":"https://a.example","title":"t","date":""}]',
		JSON.stringify([figure({ '2': 1, '1': 0 })]).replace('"amount":100', '"amount":100.0'),
		target.id
	);
	db.close();
	const editor = labelRequests(actors.editor, 'app');
	await editor.collection('initiatives').update(target.id, { sources: sources('https://a.example') });
	await editor.collection('initiatives').update(target.id, { savings: [figure({ 1: 0, 2: 1 })] });
	await editor.collection('initiatives').update(target.id, { name: target.name });
	await editor.collection('initiatives').update(target.id, { description: 'Line\nbreak é \u2028', updated_by: actors.ids.editor });
	await editor.collection('initiatives').update(target.id, { lifecycle: 'draft' });
	await editor.collection('initiatives').update(target.id, { lifecycle: 'published' });
	const [member] = await pb.admin
		.collection('participations')
		.getFullList({ filter: pb.admin.filter('initiative = {:id}', { id: target.id }), sort: 'authority.code' });
	await editor.collection('participations').update(member.id, { role: member.role === 'lead' ? 'partner' : 'lead' });
	const [from, to] = (await pb.admin.collection('initiatives').getList(1, 2, { filter: 'slug ~ "parity-2"', sort: 'slug' })).items;
	const link = await editor.collection('initiative_relations').create({ from_initiative: from.id, relation: 'succeeded_by', to_initiative: to.id });
	await editor.collection('initiative_relations').delete(link.id);
	const draft = await pb.admin.collection('initiatives').getFirstListItem('slug = "parity-0-draft"');
	await editor.collection('initiatives').delete(draft.id);
	await editor.collection('initiatives').delete(from.id);
	return answers;
}

/** The change records, each record named by what it is rather than by its random id, in each record's order. */
function trail(pb: SeededPocketBase): string[] {
	const db = new DatabaseSync(join(pb.dataDir, 'data.db'), { readOnly: true });
	try {
		const names = new Map<string, string>();
		for (const table of ['programmes', 'categories'])
			for (const row of db.prepare(`SELECT id, slug FROM ${table}`).all()) names.set(String(row.id), String(row.slug));
		for (const row of db.prepare('SELECT id, code FROM authorities').all()) names.set(String(row.id), String(row.code));
		for (const row of db.prepare('SELECT id, email FROM users').all()) names.set(String(row.id), String(row.email));
		const stored = db
			.prepare('SELECT collection, record, initiative, action, actor, actor_name, actor_role, via, diff, public FROM changes ORDER BY rowid')
			.all() as unknown as { collection: string; record: string; initiative: string; actor: string; diff: string }[];
		const changes = stored.map((row) => ({ ...row, diff: JSON.parse(row.diff) as Record<string, { before: unknown; after: unknown }> }));
		// Initiatives by slug first: participations and links are named after them.
		for (const change of changes.filter((c) => c.collection === 'initiatives')) {
			const slug = change.diff.slug?.after ?? change.diff.slug?.before;
			if (typeof slug === 'string') names.set(change.record, slug);
		}
		const name = (id: unknown) => names.get(String(id)) ?? String(id);
		for (const change of changes) {
			const value = (field: string) => change.diff[field]?.after ?? change.diff[field]?.before;
			if (change.collection === 'participations' && value('authority'))
				names.set(change.record, `${name(value('initiative'))}/${name(value('authority'))}`);
			if (change.collection === 'initiative_relations' && value('to_initiative'))
				names.set(change.record, `${name(value('from_initiative'))}→${name(value('to_initiative'))}`);
		}
		const named = changes.map((change) =>
			JSON.stringify({ ...change, record: name(change.record), initiative: name(change.initiative), actor: name(change.actor) }).replace(
				/"[a-z0-9]{15}"/g,
				(id) => JSON.stringify(name(JSON.parse(id)))
			)
		);
		// A cascade deletes an initiative's council links in the order of their random ids: compare each record's own sequence.
		const order = (line: string) => (JSON.parse(line) as { record: string }).record;
		return named
			.map((line, i) => ({ line, i }))
			.sort((a, b) => order(a.line).localeCompare(order(b.line)) || a.i - b.i)
			.map(({ line }) => line);
	} finally {
		db.close();
	}
}

function authorityStats(pb: SeededPocketBase): unknown[] {
	const db = new DatabaseSync(join(pb.dataDir, 'data.db'), { readOnly: true });
	try {
		return db
			.prepare(
				'SELECT a.code, s.count, s.led, s.programmes, s.categories, s.savings FROM authority_stats s JOIN authorities a ON a.id = s.id ORDER BY a.code'
			)
			.all();
	} finally {
		db.close();
	}
}

it.skipIf(!launcherInUse)(
	'answers, audits and counts every write as a stock PocketBase with the JS hooks does',
	async () => {
		const [fromLauncher, fromStock] = await Promise.all([scenario(launcher!), scenario(stock!)]);
		expect(fromLauncher).toEqual(fromStock);
		expect(fromLauncher.filter((answer) => Array.isArray(answer) && answer[1] === 400).length).toBeGreaterThan(50);
		const trails = [trail(launcher!), trail(stock!)];
		expect(trails[0].length).toBeGreaterThan(2000);
		expect(trails[0]).toEqual(trails[1]);
		expect(authorityStats(launcher!)).toEqual(authorityStats(stock!));
	},
	300_000
);
