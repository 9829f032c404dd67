// Work on what is not published stays private: creating, editing and deleting a draft initiative or its
// councils, through the app's forms or PocketBase's REST API, and proposing a change, leave everything an
// anonymous visitor can read exactly as it was (the public data_version row, the public collections, a
// council page and how it is served). Publishing is the first thing they see.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActors, proposalDraft, type Actors } from '../support/actors.ts';
import { signInToApp, startSeededApp, type AppServer } from '../support/appServer.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let app: AppServer;
let stop = async () => {};
let actors: Actors;
let cookie = '';
const westminster = { code: 'E09000033', path: '/authorities/E09000033' };
const kensington = 'E09000020';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
	({ pb, app, stop } = await startSeededApp());
	actors = await createActors(pb, 'drafts');
	cookie = await signInToApp(app.url, 'editor-drafts@test.invalid');
});

afterAll(() => stop());

async function page() {
	const response = await fetch(app.url + westminster.path);
	return { cache: response.headers.get('x-cache'), etag: response.headers.get('etag'), html: await response.text() };
}

/** Everything about the data an anonymous visitor can read through PocketBase's REST API. */
async function publicView() {
	const anonymous = pb.anonymous();
	const total = async (collection: string) => (await anonymous.collection(collection).getList(1, 1, { requestKey: null })).totalItems;
	const stats = await anonymous.collection('authority_stats').getFirstListItem(`code = "${westminster.code}"`, { requestKey: null });
	return {
		version: await anonymous.collection('data_version').getOne('current', { requestKey: null }),
		initiatives: await total('initiatives'),
		participations: await total('participations'),
		relations: await total('initiative_relations'),
		stats
	};
}

function form(values: Record<string, string>): string {
	const fields = {
		programme: '',
		service_category: 'legal',
		status: 'planned',
		status_as_of: '',
		start_year: '2026',
		end_year: '',
		lga_map_listed: '',
		description: 'A legal service the two councils are planning together.',
		source_url: 'https://www.example.org/plan',
		source_title: 'The plan',
		source_date: '2026',
		source_is_mirror: '',
		council_0: 'Westminster',
		council_code_0: westminster.code,
		council_1: 'Kensington and Chelsea',
		council_code_1: kensington,
		lead: '0',
		lifecycle: 'draft',
		...values
	};
	return new URLSearchParams(fields).toString();
}

const post = (path: string, body: string) =>
	fetch(app.url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
		body
	});

it('drafts and proposals, through the app or the REST API, change nothing a visitor can read; publishing does', async () => {
	await page();
	const before = { view: await publicView(), page: await page() };
	expect(before.page.cache).toBe('hit');

	// Through the app: a draft naming Westminster, then an edit to it.
	expect((await post('/edit/initiatives/new', form({ id: 'private-legal-plan', name: 'Private legal plan' }))).status).toBe(303);
	expect((await post('/edit/initiatives/private-legal-plan?/save', form({ name: 'Private legal plan, renamed' }))).status).toBe(303);

	// Through the REST API: a draft with a council, edited, its council removed, then deleted.
	const editor = actors.editor;
	const category = await editor.collection('categories').getFirstListItem('slug = "legal"');
	const draft = await editor.collection('initiatives').create({
		slug: 'private-rest-draft',
		name: 'Private REST draft',
		category: category.id,
		status: 'planned',
		lifecycle: 'draft',
		created_by: actors.ids.editor,
		description: 'x',
		sources: [{ url: 'https://www.example.org/draft', title: 'Draft', date: '' }]
	});
	const westminsterId = (await editor.collection('authorities').getFirstListItem(`code = "${westminster.code}"`)).id;
	const member = await editor.collection('participations').create({ initiative: draft.id, authority: westminsterId, role: 'lead' });
	await editor.collection('initiatives').update(draft.id, { name: 'Private REST draft, renamed', start_year: 2027 });
	await editor.collection('participations').delete(member.id);
	await editor.collection('initiatives').delete(draft.id);

	// A contributor's proposal, made straight through the REST API.
	await actors.contributorA.collection('revisions').create({
		initiative: '',
		data: proposalDraft('private-proposal', [actors.authorityA]),
		authorities: [actors.authorityA.id],
		status: 'pending',
		proposed_by: actors.ids.contributorA
	});

	// Longer than the page cache waits between looks at data_version, so it has looked since.
	await sleep(600);
	expect(await publicView()).toEqual(before.view);
	expect(await page()).toEqual(before.page);

	// Publishing is public: the version moves, and the council page shows the initiative within the freshness bound.
	expect((await post('/edit/initiatives/private-legal-plan?/publish', '')).status).toBe(303);
	const published = await publicView();
	expect(published.version).not.toEqual(before.view.version);
	expect(published.initiatives).toBe(before.view.initiatives + 1);
	// Everyone sees it within the cache's freshness bound: the first answer may still be the page as it was,
	// rendered again behind it.
	await expect.poll(async () => (await page()).html, { timeout: 5000 }).toContain('Private legal plan, renamed');
});
