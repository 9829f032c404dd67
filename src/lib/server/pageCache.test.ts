import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encode } from './contentEncoding.ts';
import { createPageCache, type ChangesSince, type DataChange, type PageShows, type Rendered } from './pageCache.ts';

const westminster: PageShows = { councils: ['E09000033'], initiatives: ['tri-borough'] };

/** A page cache on a hand-driven clock, fed by a hand-driven change reader. */
function setup(
	options: { maxEntries?: number; maxBytes?: number; maxRenders?: number; checkTimeout?: number; heldToBound?: (url: URL) => boolean } = {}
) {
	let clock = 0;
	let pending: DataChange[] | 'everything' = 'everything';
	let down = false;
	let busy = false;
	let slow: Promise<void> | null = null;
	let looks = 0;
	let renders = 0;
	const cache = createPageCache<number>({
		keyOf: (url) => (url.pathname.startsWith('/authorities/') ? url.pathname + url.search : null),
		readChanges: async (since, signal): Promise<ChangesSince<number> | null> => {
			looks++;
			if (slow) await Promise.race([slow, new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('timed out'))))]);
			if (down) throw new Error('PocketBase is down');
			if (busy) return null;
			const changes = pending;
			pending = [];
			return { cursor: (since ?? 0) + 1, changes };
		},
		freshFor: 1000,
		checkEvery: 250,
		maxAge: 60_000,
		now: () => clock,
		...options
	});
	/** A render that answers `html` (and counts itself). */
	const page =
		(html: string, init: ResponseInit = {}, shows: PageShows | undefined = westminster) =>
		(): Promise<Rendered> => {
			renders++;
			return Promise.resolve({
				response: new Response(html, { status: 200, headers: { 'content-type': 'text/html', etag: `"${html}"` }, ...init }),
				shows
			});
		};
	const get = (path: string, render: () => Promise<Rendered>, init: RequestInit = {}) =>
		cache.respond(new Request(`http://app.test${path}`, init), new URL(`http://app.test${path}`), render);
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	return {
		cache,
		page,
		get,
		settle,
		advance: (ms: number) => (clock += ms),
		change: (...changes: DataChange[]) => (pending = pending === 'everything' ? 'everything' : [...pending, ...changes]),
		everything: () => (pending = 'everything'),
		setDown: (value: boolean) => (down = value),
		setBusy: (value: boolean) => (busy = value),
		setSlow: (value: Promise<void> | null) => {
			slow = value;
		},
		counts: () => ({ looks, renders })
	};
}

function deferred<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

const descriptionEdit: DataChange = { initiative: 'tri-borough', listing: false, councils: ['E09000033', 'E09000020', 'E09000013'] };

/**
 * A cache with one render slot: `path` kept as 'v1' and made stale by an edit, then another page's render
 * holding the slot until `gate` opens, 5 s on.
 */
async function overloadedWithStalePage(t: ReturnType<typeof setup>, path: string) {
	await t.get(path, t.page('v1'));
	t.change(descriptionEdit);
	t.advance(250);
	await t.get(path, t.page('unused')); // starts the check that finds the change
	await t.settle();
	const gate = deferred<void>();
	const other = t.get('/authorities/E06000066', async () => {
		await gate.promise;
		return t.page('somerset')();
	});
	await t.settle();
	t.advance(5000);
	return { gate, other };
}

describe('createPageCache', () => {
	it('renders a page on the first request (miss) and answers the next from memory (hit)', async () => {
		const t = setup();
		const first = await t.get('/authorities/E09000033', t.page('v1'));
		expect(first.headers.get('x-cache')).toBe('miss');
		expect(await first.text()).toBe('v1');
		const second = await t.get('/authorities/E09000033', t.page('v2'));
		expect(second.headers.get('x-cache')).toBe('hit');
		expect(await second.text()).toBe('v1');
		expect(second.headers.get('content-type')).toBe('text/html');
		expect(t.counts().renders).toBe(1);
	});

	it('sends a browser that accepts brotli the page compressed, compressing each page once', async () => {
		const t = setup();
		const html = '<p>Westminster shares services with its neighbours.</p>'.repeat(100);
		const browser = { headers: { 'accept-encoding': 'gzip, deflate, br' } };
		const first = await t.get('/authorities/E09000033', t.page(html), browser);
		expect(first.headers.get('x-cache')).toBe('miss');
		expect(first.headers.get('content-encoding')).toBe('br');
		expect(first.headers.get('vary')).toMatch(/Accept-Encoding/);
		const compressed = new Uint8Array(await first.arrayBuffer());
		expect(brotliDecompressSync(compressed).toString()).toBe(html);
		const held = t.cache.size().bytes;
		// Kept compressed only: a page takes its brotli size of the budget.
		expect(held).toBe(compressed.byteLength);
		const second = await t.get('/authorities/E09000033', t.page('v2'), browser);
		expect(second.headers.get('x-cache')).toBe('hit');
		expect(new Uint8Array(await second.arrayBuffer())).toEqual(compressed);
		expect(t.cache.size().bytes).toBe(held);
	});

	it('sends gzip to a client that takes only gzip, and the page as rendered to one that takes neither', async () => {
		const t = setup();
		const html = '<p>Westminster</p>'.repeat(100);
		await t.get('/authorities/E09000033', t.page(html));
		const gzip = await t.get('/authorities/E09000033', t.page('v2'), { headers: { 'accept-encoding': 'gzip' } });
		expect(gzip.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(new Uint8Array(await gzip.arrayBuffer())).toString()).toBe(html);
		const plain = await t.get('/authorities/E09000033', t.page('v2'));
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(html);
	});

	it('asks PocketBase what changed at most every 250 ms, never on every request', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		const looks = t.counts().looks;
		for (let i = 0; i < 50; i++) await t.get('/authorities/E09000033', t.page('v1'));
		expect(t.counts().looks).toBe(looks);
		t.advance(250);
		for (let i = 0; i < 50; i++) await t.get('/authorities/E09000033', t.page('v1'));
		expect(t.counts().looks).toBe(looks + 1);
	});

	it('renders a burst of misses for one page once, and gives every request the result', async () => {
		const t = setup();
		const gate = deferred<void>();
		let renders = 0;
		const slow = async (): Promise<Rendered> => {
			renders++;
			await gate.promise;
			return { response: new Response('v1', { status: 200 }), shows: westminster };
		};
		const burst = Array.from({ length: 10 }, () => t.get('/authorities/E09000033', slow));
		await t.settle();
		gate.resolve();
		const responses = await Promise.all(burst);
		expect(renders).toBe(1);
		expect(await Promise.all(responses.map((r) => r.text()))).toEqual(Array(10).fill('v1'));
		expect(responses.map((r) => r.headers.get('x-cache'))).toEqual(Array(10).fill('miss'));
	});

	it('once a change to an initiative it shows is seen, answers the stale copy at once and renders the page again behind it', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.change(descriptionEdit);
		t.advance(250);
		// This request finds the check due and starts it; the page is still confirmed fresh 250 ms ago.
		expect((await t.get('/authorities/E09000033', t.page('v2'))).headers.get('x-cache')).toBe('hit');
		await t.settle();
		const gate = deferred<void>();
		const first = await t.get('/authorities/E09000033', async () => {
			await gate.promise;
			return t.page('v2')();
		});
		expect(first.headers.get('x-cache')).toBe('stale');
		expect(await first.text()).toBe('v1');
		const meanwhile = await t.get('/authorities/E09000033', t.page('v3'));
		expect(meanwhile.headers.get('x-cache')).toBe('stale');
		expect(await meanwhile.text()).toBe('v1');
		gate.resolve();
		await t.settle();
		const fresh = await t.get('/authorities/E09000033', t.page('v4'));
		expect(fresh.headers.get('x-cache')).toBe('hit');
		expect(await fresh.text()).toBe('v2');
	});

	it('keeps a page when a change cannot affect it: an edit to an initiative it does not show', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.change(
			{ initiative: 'somewhere-else', listing: false, councils: ['E09000033'] },
			{ initiative: 'elsewhere', listing: true, councils: ['E06000066'] }
		);
		t.advance(250);
		await t.get('/authorities/E09000033', t.page('v2'));
		await t.settle();
		const after = await t.get('/authorities/E09000033', t.page('v2'));
		expect(after.headers.get('x-cache')).toBe('hit');
		expect(await after.text()).toBe('v1');
	});

	it('re-renders when an initiative naming its council comes, goes or moves (a listing change)', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.change({ initiative: 'new-one', listing: true, councils: ['E09000033', 'E09000020'] });
		t.advance(250);
		await t.get('/authorities/E09000033', t.page('v2'));
		await t.settle();
		expect(await (await t.get('/authorities/E09000033', t.page('v2'))).text()).toBe('v1');
		await t.settle();
		expect(await (await t.get('/authorities/E09000033', t.page('unused'))).text()).toBe('v2');
	});

	it('re-renders every page when PocketBase cannot tell what changed (a programme renamed, an import)', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		await t.get('/authorities/E06000066', t.page('somerset 1', {}, { councils: ['E06000066'], initiatives: [] }));
		t.everything();
		t.advance(250);
		await t.get('/authorities/E09000033', t.page('v2'));
		await t.settle();
		expect((await t.get('/authorities/E09000033', t.page('v2'))).headers.get('x-cache')).toBe('stale');
		expect(
			(await t.get('/authorities/E06000066', t.page('somerset 2', {}, { councils: ['E06000066'], initiatives: [] }))).headers.get('x-cache')
		).toBe('stale');
		await t.settle();
		expect(await (await t.get('/authorities/E09000033', t.page('unused'))).text()).toBe('v2');
		expect(await (await t.get('/authorities/E06000066', t.page('unused'))).text()).toBe('somerset 2');
	});

	it('never serves a page more than 1 s behind the database: past that, requests wait for the new render', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.change(descriptionEdit);
		t.advance(250);
		await t.get('/authorities/E09000033', t.page('v1'));
		await t.settle();
		// A re-render that takes too long: the stale copy is confirmed only up to the check before the change.
		const gate = deferred<void>();
		const slow = t.get('/authorities/E09000033', async () => {
			await gate.promise;
			return t.page('v2')();
		});
		await t.settle();
		t.advance(1001);
		const late = t.get('/authorities/E09000033', t.page('v3'));
		await t.settle();
		gate.resolve();
		const [slowResponse, lateResponse] = await Promise.all([slow, late]);
		expect(await slowResponse.text()).toBe('v1');
		expect(lateResponse.headers.get('x-cache')).toBe('miss');
		expect(await lateResponse.text()).toBe('v2');
	});

	it('after an idle spell, waits for one check before answering from memory', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.change(descriptionEdit);
		t.advance(5000);
		const response = await t.get('/authorities/E09000033', t.page('v2'));
		expect(response.headers.get('x-cache')).toBe('miss');
		expect(await response.text()).toBe('v2');
	});

	it('while PocketBase is slow, waits for a check begun after the request arrived, then answers from memory', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.advance(2000);
		const gate = deferred<void>();
		t.setSlow(gate.promise);
		const waiting = t.get('/authorities/E09000033', t.page('v2'));
		await t.settle();
		t.advance(3000); // the check takes 3 s, but it began when the request arrived
		gate.resolve();
		const response = await waiting;
		expect(response.headers.get('x-cache')).toBe('hit');
		expect(await response.text()).toBe('v1');
		expect(t.counts().renders).toBe(1);
	});

	it('renders a page again after the maximum age, whatever the change reader says', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		for (let elapsed = 0; elapsed < 60_000; elapsed += 500) {
			t.advance(500);
			await t.get('/authorities/E09000033', t.page('unused'));
		}
		t.advance(500);
		expect(await (await t.get('/authorities/E09000033', t.page('v2'))).text()).toBe('v2');
	});

	it('bypasses the cache entirely for a request with a pb_auth cookie', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('anonymous'));
		const signedIn = await t.get('/authorities/E09000033', t.page('with edit links'), { headers: { cookie: 'theme=dark; pb_auth=x' } });
		expect(signedIn.headers.get('x-cache')).toBe('bypass');
		expect(await signedIn.text()).toBe('with edit links');
		expect(await (await t.get('/authorities/E09000033', t.page('unused'))).text()).toBe('anonymous');
		// Rendered for the cookie's owner, so never kept for anyone else.
		const fresh = setup();
		await fresh.get('/authorities/E09000033', fresh.page('mine'), { headers: { cookie: 'pb_auth=x' } });
		expect(await (await fresh.get('/authorities/E09000033', fresh.page('anonymous'))).text()).toBe('anonymous');
		// Other cookies do not matter.
		expect((await t.get('/authorities/E09000033', t.page('unused'), { headers: { cookie: 'theme=dark' } })).headers.get('x-cache')).toBe('hit');
	});

	it('keeps only 200 answers without set-cookie', async () => {
		const t = setup();
		for (const [status, init] of [
			[404, { status: 404 }],
			[503, { status: 503 }],
			[308, { status: 308, headers: { location: '/authorities/E09000033' } }],
			[200, { status: 200, headers: { 'set-cookie': 'pb_auth=; Max-Age=0' } }]
		] as const) {
			await t.get('/authorities/E09000033', t.page(`first ${status}`, init));
			const next = await t.get('/authorities/E09000033', t.page(`second ${status}`, init));
			expect(next.headers.get('x-cache')).toBe('miss');
			expect(await next.text()).toBe(`second ${status}`);
		}
		expect(t.cache.size().entries).toBe(0);
	});

	it('answers HEAD from memory without a body, and renders without keeping it on a miss', async () => {
		const t = setup();
		const miss = await t.get('/authorities/E09000033', t.page('v1'), { method: 'HEAD' });
		expect(miss.headers.get('x-cache')).toBe('miss');
		expect(t.cache.size().entries).toBe(0);
		await t.get('/authorities/E09000033', t.page('v1'));
		const hit = await t.get('/authorities/E09000033', t.page('unused'), { method: 'HEAD' });
		expect(hit.headers.get('x-cache')).toBe('hit');
		expect(hit.headers.get('content-type')).toBe('text/html');
		expect(await hit.text()).toBe('');
	});

	it('answers a matching If-None-Match with 304', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		const revalidated = await t.get('/authorities/E09000033', t.page('unused'), { headers: { 'if-none-match': '"v1"' } });
		expect(revalidated.status).toBe(304);
		expect(revalidated.headers.get('etag')).toBe('"v1"');
	});

	it('keeps its pages through an app write (any method but GET and HEAD), rendering again only those the change feed says it touched', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('westminster before'));
		await t.get('/authorities/E06000066', t.page('somerset', {}, { councils: ['E06000066'], initiatives: ['somerset-only'] }));
		t.change(descriptionEdit);
		const looks = t.counts().looks;
		const saved = t.page('saved', { status: 303, headers: { location: '/authorities/E09000033' } });
		const write = await t.get('/edit/initiatives/tri-borough', async () => ({ ...(await saved()), wrote: true }), { method: 'POST' });
		expect(write.status).toBe(303);
		// The write starts a check at once, without waiting for the next reader.
		expect(t.counts().looks).toBe(looks + 1);
		await t.settle();
		expect((await t.get('/authorities/E09000033', t.page('westminster after'))).headers.get('x-cache')).toBe('stale');
		await t.settle();
		expect(await (await t.get('/authorities/E09000033', t.page('unused'))).text()).toBe('westminster after');
		const untouched = await t.get('/authorities/E06000066', t.page('unused'));
		expect(untouched.headers.get('x-cache')).toBe('hit');
		expect(await untouched.text()).toBe('somerset');
	});

	it('does not hold readers back while the app writes: the page is answered from memory as the writes go on', async () => {
		const t = setup();
		await t.get('/authorities/E06000066', t.page('somerset', {}, { councils: ['E06000066'], initiatives: [] }));
		const gate = deferred<void>();
		t.setSlow(gate.promise);
		const page = t.page('saved', { status: 303, headers: { location: '/' } });
		const saved = async () => ({ ...(await page()), wrote: true });
		await t.get('/edit/initiatives/tri-borough', saved, { method: 'POST' });
		const looks = t.counts().looks;
		const reader = t.get('/authorities/E06000066', t.page('unused'));
		await t.settle();
		// Another write completes while the reader waits for the check begun after the first.
		t.advance(10);
		await t.get('/edit/initiatives/tri-borough', saved, { method: 'POST' });
		gate.resolve();
		expect(await (await reader).text()).toBe('somerset');
		expect(t.counts().looks).toBe(looks);
	});

	it('answers a signed-in visitor with private, no-store, so no cache in front keeps it for others', async () => {
		const t = setup();
		const signedIn = await t.get('/authorities/E09000033', t.page('with edit links'), { headers: { cookie: 'pb_auth=x' } });
		expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
	});

	it("gives every kept answer a validator and a Cache-Control a shared cache can act on, keeping the route's own", async () => {
		const t = setup();
		const page = (): Promise<Rendered> => Promise.resolve({ response: new Response('no validator', { headers: { 'content-type': 'text/html' } }) });
		const first = await t.get('/authorities/E09000033', page);
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^W\/".+"$/);
		expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1');
		const revalidated = await t.get('/authorities/E09000033', page, { headers: { 'if-none-match': `"other", ${etag.slice(2)}` } });
		expect(revalidated.status).toBe(304);
		expect(revalidated.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1');
		const own = (): Promise<Rendered> =>
			Promise.resolve({ response: new Response('data', { headers: { 'cache-control': 'public, max-age=31536000, immutable' } }) });
		expect((await t.get('/authorities/E06000066', own)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it('computes a memo once per data version, and again once a change is seen and half the freshness bound has passed', async () => {
		const t = setup();
		const memo = t.cache.memoFor(new Request('http://app.test/'));
		let computed = 0;
		const compute = () => Promise.resolve(++computed);
		await t.get('/authorities/E09000033', t.page('v1'));
		expect(await memo('figures', compute)).toBe(1);
		t.advance(5000);
		expect(await memo('figures', compute)).toBe(1);
		t.change({ initiative: 'elsewhere', listing: false, councils: [] });
		t.advance(250);
		await t.get('/authorities/E09000033', t.page('v1'));
		await t.settle();
		// Begun 5.25 s ago, before the change: computed again.
		expect(await memo('figures', compute)).toBe(2);
		// While changes keep coming, shared for half the bound.
		t.change({ initiative: 'elsewhere', listing: false, councils: [] });
		t.advance(250);
		await t.get('/authorities/E09000033', t.page('v1'));
		await t.settle();
		expect(await memo('figures', compute)).toBe(2);
		t.advance(300);
		expect(await memo('figures', compute)).toBe(3);
		// A signed-in visitor always gets the data as it is now.
		expect(await t.cache.memoFor(new Request('http://app.test/', { headers: { cookie: 'pb_auth=x' } }))('figures', compute)).toBe(4);
	});

	it('brings a memo given a patch up to date from the initiatives the feed names, and computes it whole when the feed cannot say', async () => {
		const t = setup();
		const memo = t.cache.memoFor(new Request('http://app.test/'));
		let computed = 0;
		const patched: string[][] = [];
		const read = () =>
			memo(
				'list',
				() => Promise.resolve([`whole ${++computed}`]),
				(previous: string[], ids) => {
					patched.push([...ids]);
					return Promise.resolve([...previous, ...ids]);
				}
			);
		await t.get('/authorities/E09000033', t.page('v1'));
		expect(await read()).toEqual(['whole 1']);
		t.change(descriptionEdit, { initiative: 'elsewhere', listing: true, councils: ['E06000066'] }, descriptionEdit);
		t.advance(250);
		await t.get('/authorities/E09000033', t.page('v1'));
		await t.settle();
		t.advance(600);
		expect(await read()).toEqual(['whole 1', 'tri-borough', 'elsewhere']);
		expect(patched).toEqual([['tri-borough', 'elsewhere']]);
		// Programmes renamed, or rows written behind PocketBase's back: the feed cannot say what changed.
		t.everything();
		t.advance(250);
		await t.get('/authorities/E09000033', t.page('v1'));
		await t.settle();
		t.advance(600);
		expect(await read()).toEqual(['whole 2']);
		// Patched or not, never past the maximum age from the last whole computation.
		for (let elapsed = 0; elapsed <= 60_000; elapsed += 600) {
			t.change({ initiative: 'elsewhere', listing: false, councils: [] });
			t.advance(600);
			await t.get('/authorities/E09000033', t.page('v1'));
			await t.settle();
			await read();
		}
		expect(computed).toBe(3);
	});

	it('judges a page rendered with a shared memo by when the memo began, so it never lags by more than the bound', async () => {
		const t = setup();
		await t.get('/authorities/E06000066', t.page('somerset', {}, { councils: ['E06000066'], initiatives: [] }));
		// A memo begins before a change touching the page, then the page is rendered with it after the change is seen.
		let version = 'before the change';
		await t.cache.memoFor(new Request('http://app.test/warm'))('figures', () => Promise.resolve(version));
		t.change(descriptionEdit);
		version = 'after the change';
		t.advance(250);
		await t.get('/authorities/E06000066', t.page('somerset', {}, { councils: ['E06000066'], initiatives: [] }));
		await t.settle();
		const render = (request: Request) => async (): Promise<Rendered> => {
			const seen = await t.cache.memoFor(request)('figures', () => Promise.resolve(version));
			return { response: new Response(seen, { headers: { 'content-type': 'text/html' } }), shows: westminster };
		};
		const first = new Request('http://app.test/authorities/E09000033');
		expect(await (await t.cache.respond(first, new URL(first.url), render(first))).text()).toBe('before the change');
		// Still within the bound of when the memo began: may be answered as it is.
		t.advance(500);
		const soon = new Request('http://app.test/authorities/E09000033');
		expect(await (await t.cache.respond(soon, new URL(soon.url), render(soon))).text()).toBe('before the change');
		await t.settle();
		// Past it: the change shows, though the page was rendered after the change was seen.
		t.advance(600);
		const later = new Request('http://app.test/authorities/E09000033');
		expect(await (await t.cache.respond(later, new URL(later.url), render(later))).text()).toBe('after the change');
	});

	it('keeps every page through a write no page shows (a draft, a proposal): the check after it finds nothing', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('before'));
		await t.get('/authorities/E06000066', t.page('other'));
		const looks = t.counts().looks;
		const write = await t.get('/edit/initiatives/a-draft', async () => ({ ...(await t.page('saved', { status: 303 })()), wrote: true }), {
			method: 'POST'
		});
		expect(write.status).toBe(303);
		// The write started a check, which finds nothing a page shows.
		expect(t.counts().looks).toBe(looks + 1);
		await t.settle();
		const after = await t.get('/authorities/E09000033', t.page('unused'));
		expect(after.headers.get('x-cache')).toBe('hit');
		expect(await after.text()).toBe('before');
		expect(t.cache.size().entries).toBe(2);
	});

	it('bypasses the cache while PocketBase is down (the page gives its 503), and starts afresh when it is back', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.setDown(true);
		t.advance(1001);
		const down = await t.get('/authorities/E09000033', t.page('temporarily unavailable', { status: 503 }));
		expect(down.status).toBe(503);
		expect(down.headers.get('x-cache')).toBe('bypass');
		expect(t.cache.size().entries).toBe(0);
		// Still down: checks stay at most every 250 ms, and nothing is served from memory.
		const looks = t.counts().looks;
		for (let i = 0; i < 20; i++) expect((await t.get('/authorities/E09000033', t.page('x', { status: 503 }))).headers.get('x-cache')).toBe('bypass');
		expect(t.counts().looks).toBe(looks);
		t.setDown(false);
		t.advance(250);
		const back = await t.get('/authorities/E09000033', t.page('v2'));
		expect(back.headers.get('x-cache')).toBe('miss');
		expect(await (await t.get('/authorities/E09000033', t.page('unused'))).text()).toBe('v2');
	});

	it('keeps its pages while PocketBase refuses checks (rate limited), serving them up to 30 s behind the last answer, then rendering', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.setBusy(true);
		t.advance(250);
		expect((await t.get('/authorities/E09000033', t.page('unused'))).headers.get('x-cache')).toBe('hit');
		await t.settle();
		t.advance(300);
		expect((await t.get('/authorities/E09000033', t.page('unused'))).headers.get('x-cache')).toBe('hit');
		await t.settle();
		t.advance(500); // the last answer is now more than 1 s old: overloaded, the page is answered as it is
		const behind = await t.get('/authorities/E09000033', t.page('unused'));
		expect(behind.headers.get('x-cache')).toBe('stale');
		expect(Number(behind.headers.get('x-cache-lag'))).toBeGreaterThan(1000);
		expect(await behind.text()).toBe('v1');
		await t.settle();
		t.advance(30_000); // past the overload bound: rendered without the cache
		const refused = await t.get('/authorities/E09000033', t.page('rendered'));
		expect(refused.headers.get('x-cache')).toBe('bypass');
		expect(await refused.text()).toBe('rendered');
		expect(t.cache.size().entries).toBe(1);
		t.setBusy(false);
		t.advance(250);
		const back = await t.get('/authorities/E09000033', t.page('unused'));
		expect(back.headers.get('x-cache')).toBe('hit');
		expect(await back.text()).toBe('v1');
	});

	it('keeps its pages when PocketBase does not answer a check in time, serving them as when it refuses one', async () => {
		const t = setup({ checkTimeout: 20 });
		await t.get('/authorities/E09000033', t.page('v1'));
		t.setSlow(new Promise<void>(() => {}));
		t.advance(2000);
		// After an idle spell the request waits for a check; none comes back within 20 ms (real time).
		const answered = await t.get('/authorities/E09000033', t.page('unused'));
		expect(answered.headers.get('x-cache')).toBe('stale');
		expect(Number(answered.headers.get('x-cache-lag'))).toBe(2000);
		expect(await answered.text()).toBe('v1');
		expect(t.cache.size().entries).toBe(1);
	});

	it('while a check started before it is slow to come back, answers a page less than 30 s behind at once', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('v1'));
		t.advance(250);
		const gate = deferred<void>();
		t.setSlow(gate.promise);
		const first = t.get('/authorities/E09000033', t.page('unused')); // starts the slow check; confirmed 250 ms ago
		expect((await first).headers.get('x-cache')).toBe('hit');
		t.advance(2000);
		const meanwhile = await t.get('/authorities/E09000033', t.page('unused'));
		expect(meanwhile.headers.get('x-cache')).toBe('stale');
		expect(Number(meanwhile.headers.get('x-cache-lag'))).toBe(2250);
		gate.resolve();
		await t.settle();
		t.setSlow(null);
		expect((await t.get('/authorities/E09000033', t.page('unused'))).headers.get('x-cache')).toBe('hit');
	});

	it('runs at most maxRenders renders at once, the others in turn, and answers every request', async () => {
		const t = setup({ maxRenders: 2 });
		const gates = [0, 1, 2, 3].map(() => deferred<void>());
		const started: number[] = [];
		const gated = (i: number) => async (): Promise<Rendered> => {
			started.push(i);
			await gates[i].promise;
			return t.page(`page ${i}`)();
		};
		const answers = [0, 1, 2, 3].map((i) => t.get(`/authorities/E0${i}`, gated(i)));
		await t.settle();
		expect(started).toEqual([0, 1]);
		gates[1].resolve();
		await t.settle();
		await t.settle();
		expect(started).toEqual([0, 1, 2]);
		gates[0].resolve();
		gates[2].resolve();
		gates[3].resolve();
		expect(await Promise.all(answers.map(async (a) => (await a).text()))).toEqual(['page 0', 'page 1', 'page 2', 'page 3']);
		expect(started).toEqual([0, 1, 2, 3]);
	});

	it('overloaded, answers a page up to 30 s behind at once and renders it behind the answer; past that, the reader waits', async () => {
		const t = setup({ maxRenders: 1 });
		const { gate, other } = await overloadedWithStalePage(t, '/authorities/E09000033');
		const behind = await t.get('/authorities/E09000033', t.page('v2'));
		expect(behind.headers.get('x-cache')).toBe('stale');
		expect(await behind.text()).toBe('v1');
		expect(Number(behind.headers.get('x-cache-lag'))).toBeGreaterThan(1000);
		expect(Number(behind.headers.get('x-cache-lag'))).toBeLessThanOrEqual(30_000);
		t.advance(30_000);
		const waiting = t.get('/authorities/E09000033', t.page('unused'));
		await t.settle();
		gate.resolve();
		expect(await (await other).text()).toBe('somerset');
		const waited = await waiting;
		expect(waited.headers.get('x-cache')).toBe('miss');
		expect(await waited.text()).toBe('v2');
	});

	it('holds addresses heldToBound to the freshness bound even when overloaded: the reader waits for the render', async () => {
		const t = setup({ maxRenders: 1, heldToBound: (url) => url.search.includes('live') });
		const { gate, other } = await overloadedWithStalePage(t, '/authorities/E09000033?live');
		const waiting = t.get('/authorities/E09000033?live', t.page('v2'));
		await t.settle();
		gate.resolve();
		await other;
		const answered = await waiting;
		expect(answered.headers.get('x-cache')).toBe('miss');
		expect(await answered.text()).toBe('v2');
	});

	it('holds addresses heldToBound to the freshness bound while PocketBase refuses checks: rendered, not answered as kept', async () => {
		const t = setup({ heldToBound: (url) => url.search.includes('live') });
		await t.get('/authorities/E09000033?live', t.page('v1'));
		await t.get('/authorities/E09000033', t.page('v1'));
		t.setBusy(true);
		t.advance(1500);
		const kept = await t.get('/authorities/E09000033', t.page('unused'));
		expect(kept.headers.get('x-cache')).toBe('stale');
		const held = await t.get('/authorities/E09000033?live', t.page('v2'));
		expect(held.headers.get('x-cache')).toBe('bypass');
		expect(await held.text()).toBe('v2');
	});

	it('runs renders readers wait for before the re-renders behind stale answers, and moves one forward when a reader needs it', async () => {
		const t = setup({ maxRenders: 3 });
		const gates = new Map<string, ReturnType<typeof deferred<void>>>();
		const started: string[] = [];
		const gated = (name: string) => async (): Promise<Rendered> => {
			started.push(name);
			const gate = deferred<void>();
			gates.set(name, gate);
			await gate.promise;
			return t.page(name)();
		};
		await t.get('/authorities/S1', t.page('s1 v1'));
		await t.get('/authorities/S2', t.page('s2 v1'));
		t.everything();
		t.advance(250);
		await t.get('/authorities/S1', t.page('unused'));
		await t.settle();
		// Two readers' renders, then a re-render behind a stale answer: the slots are full.
		const m1 = t.get('/authorities/M1', gated('m1'));
		const m2 = t.get('/authorities/M2', gated('m2'));
		expect(await (await t.get('/authorities/S1', gated('s1 v2'))).text()).toBe('s1 v1');
		expect(await (await t.get('/authorities/S2', gated('s2 v2'))).text()).toBe('s2 v1');
		const m3 = t.get('/authorities/M3', gated('m3'));
		await t.settle();
		expect(started).toEqual(['m1', 'm2', 's1 v2']);
		gates.get('m1')!.resolve();
		await m1;
		await t.settle();
		// The reader's page goes first, though the re-render of S2 was asked for before it.
		expect(started).toEqual(['m1', 'm2', 's1 v2', 'm3']);
		// Past the bound a reader needs S2 now: it is moved forward, beyond the re-renders' share of slots.
		gates.get('m2')!.resolve();
		await m2;
		t.advance(31_000);
		const needed = t.get('/authorities/S2', t.page('unused'));
		await t.settle();
		expect(started).toEqual(['m1', 'm2', 's1 v2', 'm3', 's2 v2']);
		gates.get('s2 v2')!.resolve();
		expect(await (await needed).text()).toBe('s2 v2');
		gates.get('s1 v2')!.resolve();
		gates.get('m3')!.resolve();
		expect(await (await m3).text()).toBe('m3');
		await t.cache.settled();
	});

	it('keeps at most maxEntries pages and maxBytes bytes (as kept, compressed), dropping the least recently used', async () => {
		// Each of these four-letter pages takes 8 bytes in brotli; the long one over 20.
		const small = encode(new TextEncoder().encode('aaaa'), 'br').byteLength;
		const t = setup({ maxEntries: 2, maxBytes: 2 * small + 2 });
		await t.get('/authorities/A', t.page('aaaa'));
		await t.get('/authorities/B', t.page('bbbb'));
		await t.get('/authorities/A', t.page('unused')); // A is now the most recently used
		await t.get('/authorities/C', t.page('cccc'));
		expect(t.cache.size()).toEqual({ entries: 2, bytes: 2 * small });
		expect((await t.get('/authorities/A', t.page('unused'))).headers.get('x-cache')).toBe('hit');
		expect((await t.get('/authorities/B', t.page('bbbb'))).headers.get('x-cache')).toBe('miss');
		await t.get('/authorities/D', t.page('dddddddd'));
		expect(t.cache.size().bytes).toBeLessThanOrEqual(2 * small + 2);
		await t.get('/authorities/E', t.page('more than twenty bytes in brotli'));
		expect((await t.get('/authorities/E', t.page('more than twenty bytes in brotli'))).headers.get('x-cache')).toBe('miss');
	});

	it('leaves other paths alone and keeps each query string apart', async () => {
		const t = setup();
		const other = await t.get('/insights', t.page('insights'));
		expect(other.headers.has('x-cache')).toBe(false);
		await t.get('/authorities/E09000033', t.page('v1'));
		const query = await t.get('/authorities/E09000033?vintage=2012', t.page('with query'));
		expect(query.headers.get('x-cache')).toBe('miss');
		expect(await query.text()).toBe('with query');
		expect(await (await t.get('/authorities/E09000033?vintage=2012', t.page('unused'))).text()).toBe('with query');
		expect(await (await t.get('/authorities/E09000033', t.page('unused'))).text()).toBe('v1');
	});

	it('keeps every page when a request other than GET and HEAD writes nothing', async () => {
		const t = setup();
		await t.get('/authorities/E09000033', t.page('before'));
		await t.settle();
		const looks = t.counts().looks;
		for (const method of ['OPTIONS', 'POST', 'DELETE']) {
			const refused = await t.get('/signin', t.page('refused', { status: 400 }), { method });
			expect(refused.status).toBe(400);
		}
		// Not even a look at the change feed: anyone may send these, as often as they like.
		expect(t.counts().looks).toBe(looks);
		expect(t.cache.size().entries).toBe(1);
		expect((await t.get('/authorities/E09000033', t.page('unused'))).headers.get('x-cache')).toBe('hit');
	});
});
