// The editors' review queue holds whatever the revisions table holds, including rows written before
// PocketBase validated proposals (or behind its back): such a row shows as an invalid proposal that can be
// rejected, and approving one answers 400 naming the field at fault, never a 500.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPocketBase, type PocketBaseProcess } from '../../scripts/lib/pocketbase.ts';
import { createActors, proposalDraft, type Actors } from '../support/actors.ts';
import { startSeededApp, type AppServer } from '../support/appServer.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let app: AppServer;
let actors: Actors;
let restarted: PocketBaseProcess | null = null;
let cookie = '';
const ids: Record<string, string> = {};

/** A valid proposal from contributor A, then its stored data replaced as a hostile writer would. */
async function storedProposal(name: string): Promise<string> {
	const draft = {
		slug: `review-${name}`,
		name: `Review ${name}`,
		programme: '',
		category: 'legal',
		status: 'operational',
		statusAsOf: '',
		lgaMapListed: false,
		startYear: 2013,
		endYear: null,
		description: 'x',
		savings: [],
		sources: [{ url: 'https://example.org/x', title: 't', date: '' }],
		participations: [
			{ code: actors.authorityA.code, name: actors.authorityA.name, role: 'partner', abolished: null },
			{ code: actors.authorityB.code, name: actors.authorityB.name, role: 'partner', abolished: null }
		]
	};
	const record = await actors.contributorA.collection('revisions').create({
		initiative: '',
		data: draft,
		authorities: [actors.authorityA.id, actors.authorityB.id],
		status: 'pending',
		proposed_by: actors.ids.contributorA
	});
	return record.id;
}

beforeAll(async () => {
	const started = await startSeededApp();
	({ pb, app } = started);
	actors = await createActors(pb, 'review');
	const signIn = await fetch(`${app.url}/signin`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: 'editor-review@test.invalid', password: 'correct-horse-battery', redirect: '/edit' })
	});
	cookie = signIn.headers
		.getSetCookie()
		.find((c) => c.startsWith('pb_auth='))!
		.split(';')[0];
	ids.nullSource = await storedProposal('null-source');
	ids.unknownProgramme = await storedProposal('unknown-programme');
	ids.script = await storedProposal('script-source');
	ids.notObject = await storedProposal('not-object');
	ids.savings = await storedProposal('untyped-savings');
	await pb.stopKeepingData();
	const db = new DatabaseSync(join(pb.dataDir, 'data.db'));
	const set = db.prepare('UPDATE revisions SET data = ? WHERE id = ?');
	const stored = (id: string) =>
		JSON.parse(String((db.prepare('SELECT data FROM revisions WHERE id = ?').get(id) as { data: string }).data)) as Record<string, unknown>;
	set.run(JSON.stringify({ ...stored(ids.nullSource), sources: [null] }), ids.nullSource);
	set.run(JSON.stringify({ ...stored(ids.unknownProgramme), programme: 'no_such_programme' }), ids.unknownProgramme);
	set.run(JSON.stringify({ ...stored(ids.script), sources: [{ url: 'javascript:alert(1)', title: 't', date: '' }] }), ids.script);
	set.run('"just text"', ids.notObject);
	set.run(
		JSON.stringify({
			...stored(ids.savings),
			savings: [
				{
					amount: 5000,
					kind: 'huge',
					period: 'annual',
					fromYear: null,
					toYear: null,
					scope: '',
					reported: '',
					source: 'https://example.org/x',
					basis: 'b'
				}
			]
		}),
		ids.savings
	);
	db.close();
	restarted = await startPocketBase({ port: Number(new URL(pb.url).port), dataDir: pb.dataDir, superuser: pb.superuser, output: 'ignore' });
});

afterAll(async () => {
	await app?.stop();
	await restarted?.stop();
	await pb?.stop();
});

const decide = (action: 'approve' | 'reject', id: string, comment = '') =>
	fetch(`${app.url}/edit/review?/${action}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ id, comment })
	});

it('shows every unreadable row as an invalid proposal, and the queue still answers', async () => {
	const response = await fetch(`${app.url}/edit/review`, { headers: { cookie } });
	expect(response.status).toBe(200);
	const html = await response.text();
	expect(html.match(/Invalid proposal/g)?.length).toBe(5);
	expect(html).toContain('Review unknown-programme');
	// The proposer's role beside the name: a display name alone could pass for an editor's.
	expect(html).toContain('Proposed by Contributor A (contributor)');
});

it.each([
	['nullSource', /source_url: each source must have a web address/],
	['unknownProgramme', /programme: no programme has the id “no_such_programme”/],
	['script', /source_url: “javascript:alert\(1\)” is not a web address/],
	['notObject', /source_url: each source must have a web address/],
	['savings', /savings: figure 1: the kind must be one of achieved, target, avoided, unclear/]
])('approving the %s proposal answers 400 naming the field', async (name, message) => {
	const response = await decide('approve', ids[name]);
	expect(response.status).toBe(400);
	expect((await response.text()).replace(/&quot;/g, '"')).toMatch(message);
});

it('rejects an invalid proposal with a comment', async () => {
	const response = await decide('reject', ids.notObject, 'Not an initiative.');
	expect(response.status).toBe(303);
	const html = await fetch(`${app.url}/edit/review`, { headers: { cookie } }).then((r) => r.text());
	expect(html.match(/Invalid proposal/g)?.length).toBe(4);
});

it('names each person in an initiative’s history with their role, as in the review queue', async () => {
	await actors.editor.collection('initiatives').update(actors.initiative.id, { description: 'Edited for the history.' });
	await actors.contributorA.collection('revisions').create({
		initiative: actors.initiative.id,
		data: proposalDraft(actors.initiative.slug, [actors.authorityA, actors.authorityB]),
		authorities: [actors.authorityA.id, actors.authorityB.id],
		status: 'pending',
		proposed_by: actors.ids.contributorA
	});
	const response = await fetch(`${app.url}/initiatives/${actors.initiative.slug}/history`, { headers: { cookie } });
	expect(response.status).toBe(200);
	const html = await response.text();
	expect(html).toMatch(/<strong>Editor \(editor\)<\/strong>\s*changed a initiative/);
	expect(html).toMatch(/<strong>Contributor A \(contributor\)<\/strong>\s*created a proposal/);
});
