// The council page cache in the built app against a real, seeded PocketBase: what is served from memory,
// what bypasses it, and how soon a change made anywhere shows (the bound is 1 s: README, "Caching").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InitiativeRecord } from '#lib/server/initiatives.ts';
import { createUser } from '../support/users.ts';
import { signInToApp, startSeededApp, type AppServer } from '../support/appServer.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let app: AppServer;
let stop = async () => {};
const westminster = '/authorities/E09000033';
const freshFor = 1000;

beforeAll(async () => {
	({ pb, app, stop } = await startSeededApp());
});

afterAll(() => stop());

async function get(path: string, headers: Record<string, string> = {}) {
	const response = await fetch(app.url + path, { headers, redirect: 'manual' });
	return { status: response.status, cache: response.headers.get('x-cache'), html: await response.text() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Requests the page every 50 ms until `shows` holds, and returns when (after `since`) the first request
 * that saw it started; null when even a request started 1 s after `since` did not see it.
 */
async function shownWithin(path: string, shows: (html: string) => boolean, since: number): Promise<number | null> {
	for (;;) {
		const started = performance.now() - since;
		if (shows((await get(path)).html)) return started;
		if (started >= freshFor) return null;
		await sleep(Math.min(50, freshFor - (performance.now() - since)));
	}
}

/** Requests the pages for the length of the bound, so they catch up with the changes made before. */
async function catchUp(...paths: string[]) {
	for (let waited = 0; waited < freshFor; waited += 100) {
		await Promise.all(paths.map((path) => get(path)));
		await sleep(100);
	}
}

/** How the page is answered, every 100 ms for long enough for several checks, each of which sees a change just made. */
async function outcomesAfterAChange(path: string) {
	const outcomes: (string | null)[] = [];
	for (let i = 0; i < 12; i++) {
		outcomes.push((await get(path)).cache);
		await sleep(100);
	}
	return outcomes;
}

describe('council pages from memory', () => {
	it('renders a council page on the first request and answers the second from memory', async () => {
		const first = await get('/authorities/E07000190');
		const second = await get('/authorities/E07000190');
		expect(first).toMatchObject({ status: 200, cache: 'miss' });
		expect(second).toMatchObject({ status: 200, cache: 'hit' });
		expect(second.html).toBe(first.html);
	});

	it('keeps a page and its data request (a client navigation, a live update) apart', async () => {
		const page = '/?vintage=2024&region=E12000007';
		for (let i = 0; i < 2; i++) {
			expect((await get(page)).html).toMatch(/^<!doctype html>/i);
			const data = await fetch(`${app.url}/__data.json?vintage=2024&region=E12000007&x-sveltekit-invalidated=01`);
			expect(data.headers.get('content-type')).toContain('application/json');
			expect(JSON.parse(await data.text())).toMatchObject({ type: 'data' });
		}
	});

	it.each([
		'/embed/map?vintage=2024&metric=participation',
		'/embed/authorities/E09000033',
		'/map.svg?programme=none',
		'/map.png?vintage=2024',
		'/programmes/none',
		'/data/explorer.json'
	])('answers %s with a Cache-Control caches in front can act on, and from memory; with a validator where it is kept', async (path) => {
		const first = await fetch(app.url + path, { redirect: 'manual' });
		await first.arrayBuffer();
		expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
		if (first.status === 307) return; // a pointer to the current data file: cheap, never kept
		expect(first.status).toBe(200);
		const etag = first.headers.get('etag')!;
		expect(etag).toBeTruthy();
		const again = await fetch(app.url + path, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(again.headers.get('x-cache')).toMatch(/hit|stale/);
	});

	it('bypasses the cache for a request with a pb_auth cookie', async () => {
		await get(westminster);
		const withCookie = await get(westminster, { cookie: 'pb_auth=x' });
		expect(withCookie).toMatchObject({ status: 200, cache: 'bypass' });
		expect(withCookie.html).toContain('Westminster');
	});

	it('shows an initiative edited through PocketBase’s API on the council page within 1 s', async () => {
		await get(westminster);
		expect((await get(westminster)).cache).toBe('hit');
		const triBorough = await pb.admin.collection('initiatives').getFirstListItem('slug = "tri-borough"');
		const description = `Edited directly through the API at ${Date.now()}.`;
		await pb.admin.collection('initiatives').update(triBorough.id, { description });
		const after = await shownWithin(westminster, (html) => html.includes(description), performance.now());
		expect(after, 'the edit was not on the page 1 s after it was saved').not.toBeNull();
		console.log(`  API edit on the page after ${after!.toFixed(0)} ms`);
	});

	it('shows a new initiative naming the council, created through the API, within 1 s', async () => {
		const [programme, category, authority] = await Promise.all([
			pb.admin.collection('programmes').getFirstListItem(''),
			pb.admin.collection('categories').getFirstListItem(''),
			pb.admin.collection('authorities').getFirstListItem('code = "E09000033"')
		]);
		const created = await pb.admin.collection('initiatives').create({
			slug: 'cache-test-new-arrangement',
			name: 'Cache test new arrangement',
			programme: programme.id,
			category: category.id,
			status: 'planned',
			start_year: 2030,
			description: 'Created directly through the API by the cache test.',
			sources: [{ url: 'https://example.org/cache-test', title: 'Cache test', date: '' }],
			lifecycle: 'published'
		});
		await pb.admin.collection('participations').create({ initiative: created.id, authority: authority.id, role: 'lead' });
		const after = await shownWithin(westminster, (html) => html.includes('Cache test new arrangement'), performance.now());
		expect(after, 'the new initiative was not on the page 1 s after it was saved').not.toBeNull();
	});

	it('keeps serving a page from memory when the initiatives changed are not on it', async () => {
		// Let the page catch up with the changes above.
		await catchUp(westminster);
		expect((await get(westminster)).cache).toBe('hit');
		const elsewhere = await pb.admin
			.collection('initiatives')
			.getFirstListItem('lifecycle = "published" && participations_via_initiative.authority.code != "E09000033"');
		await pb.admin.collection('initiatives').update(elsewhere.id, { description: `Edited elsewhere at ${Date.now()}.` });
		expect(await outcomesAfterAChange(westminster)).toEqual(Array(12).fill('hit'));
	});

	it('keeps cached pages through anonymous requests that write nothing (OPTIONS, a refused sign-in, a stray POST)', async () => {
		await get(westminster);
		expect((await get(westminster)).cache).toBe('hit');
		const form = { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' };
		const requests: [string, string, string | undefined][] = [
			['OPTIONS', westminster, undefined],
			['OPTIONS', '/', undefined],
			['POST', '/signin', 'email=nobody%40test.invalid&password=wrong-password'],
			['POST', '/edit/initiatives/new', 'name=x'],
			['DELETE', '/api/initiatives.json', undefined]
		];
		for (const [method, path, body] of requests) {
			const response = await fetch(app.url + path, { method, body, headers: form, redirect: 'manual' });
			expect(response.status, `${method} ${path}`).toBeLessThan(500);
		}
		expect((await get(westminster)).cache).toBe('hit');
	});

	it('keeps an initiative page from memory through edits to others, and shows its own edit within 1 s', async () => {
		const page = '/initiatives/tri-borough';
		await catchUp(page);
		const other = await pb.admin.collection('initiatives').getFirstListItem('slug = "mid-kent-legal"');
		await pb.admin.collection('initiatives').update(other.id, { description: `Edited elsewhere at ${Date.now()}.` });
		expect(await outcomesAfterAChange(page)).toEqual(Array(12).fill('hit'));
		const triBorough = await pb.admin.collection('initiatives').getFirstListItem('slug = "tri-borough"');
		const description = `Edited on its own page at ${Date.now()}.`;
		await pb.admin.collection('initiatives').update(triBorough.id, { description });
		expect(
			await shownWithin(page, (html) => html.includes(description), performance.now()),
			'the edit was not on its page 1 s after it was saved'
		).not.toBeNull();
	});

	it('shows a relation removed through the API on the pages listing it within 1 s, and keeps other council pages and the explorer’s page', async () => {
		const triBorough = '/initiatives/tri-borough';
		const part = await pb.admin.collection('initiatives').getFirstListItem<InitiativeRecord>('slug = "hf-rbkc-environment-and-chief-executive"');
		const relation = await pb.admin.collection('initiative_relations').getFirstListItem(pb.admin.filter('from_initiative = {:id}', { id: part.id }));
		const elsewhere = '/authorities/E07000190';
		const explorer = '/?vintage=2024&programme=none';
		const explorerData = async () => (await fetch(`${app.url}/data/explorer.json`, { redirect: 'manual' })).headers.get('location')!;
		await catchUp(triBorough, elsewhere, explorer);
		expect((await get(triBorough)).html).toContain(part.name);
		expect((await get(elsewhere)).cache).toBe('hit');
		const dataBefore = await explorerData();

		const since = performance.now();
		await pb.admin.collection('initiative_relations').delete(relation.id);
		expect(
			await shownWithin(triBorough, (html) => !html.includes(part.name), since),
			'the tri-borough still listed its part 1 s after the link was removed'
		).not.toBeNull();
		expect((await get(elsewhere)).cache).toBe('hit');
		// The explorer's page names its data by an address that does not change, so it stays in memory; the
		// data is a new file, without the link.
		expect((await get(explorer)).cache).toBe('hit');
		const dataAfter = await explorerData();
		expect(dataAfter).not.toBe(dataBefore);
		const { relations } = (await (await fetch(app.url + dataAfter)).json()) as { relations: { from: string }[] };
		expect(relations.map((r) => r.from)).not.toContain(part.slug);
		expect(relations.length).toBeGreaterThan(0);
	});

	it('shows a change the app itself saves to its editor at once and to everyone within 1 s', async () => {
		await createUser(pb.admin, { email: 'editor-cache@test.invalid', role: 'editor', name: 'Cache editor' });
		const cookie = await signInToApp(app.url, 'editor-cache@test.invalid');
		expect((await get(westminster)).html).toContain('Tri-borough shared services');
		expect((await get(westminster)).cache).toBe('hit');

		const since = performance.now();
		const unpublish = await fetch(`${app.url}/edit/initiatives/tri-borough?/unpublish`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: app.url, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
			body: ''
		});
		expect(unpublish.status).toBe(303);
		// The editor, signed in, sees it at once; everyone else within the bound.
		expect((await get(westminster, { cookie })).html).not.toContain('Tri-borough shared services');
		expect(await shownWithin(westminster, (html) => !html.includes('Tri-borough shared services'), since)).not.toBeNull();
	});
});
