// Public responses (pages, their __data.json, exports, data files), kept in memory so a busy address is
// served without rendering it again (a render costs PocketBase queries and a Svelte render; a cached
// answer costs a map lookup), and computations shared by several renders kept per data version (`memo`).
//
// Only anonymous GET and HEAD requests use it: a request with a pb_auth cookie bypasses it entirely
// (a signed-in user sees edit links), and only 200 answers without set-cookie are kept. Each address
// (path and query) is kept apart.
//
// For caches in front (a CDN, a reverse proxy, the browser): every kept answer carries a validator (the
// route's ETag, or a weak one made from the body) that a matching If-None-Match turns into a 304, and,
// unless the route set its own, `Cache-Control: public, max-age=0, s-maxage=1`: a shared cache may keep it
// for a second, browsers revalidate. Behind such a cache the freshness bound below grows by that second.
// Answers rendered for a signed-in visitor say `private, no-store`.
//
// Freshness, the promise: a page served at time t reflects every change committed to PocketBase before
// t − `freshFor` (1 s by default). It is kept like this:
// - PocketBase is asked what changed (`readChanges`) at most every `checkEvery` (250 ms), by whichever
//   request finds a check due; requests never wait for it while the last check is recent enough.
// - Each change names the initiative it touched and, when it can move initiatives on or off a council's
//   list, the councils involved. A page marks itself stale when a change touches what it shows
//   (`PageShows`); a page that says nothing about what it shows goes stale on any change.
// - A page is "fresh through" the start of the last check that found nothing touching it (or the start of
//   its render, if later). It is served as a hit while fresh; once stale, requests get the stale copy while
//   it is fresh through t − freshFor, and the first of them starts rendering it again behind the answer;
//   past that, requests wait for the new render.
// - Freshness is judged when a request arrives. After an idle spell a request whose last check is too old
//   waits for one begun after it arrived: slow, but still from memory. (A check begun before it and still
//   out after 250 ms means PocketBase is overloaded: see below.)
// - If PocketBase is unreachable, every page is dropped and requests render as if there were no cache (so an
//   outage gives the usual 503), until a check succeeds. If it answers but refuses (rate limited), or does
//   not answer within 5 s, pages are kept but vouched for only as far as the last successful check: that is
//   overload (below), so they are served while under 30 s behind, and past that requests render.
// - After a request that wrote to PocketBase (a form post or an import that succeeded, as `Rendered.wrote`
//   says), a check starts at once, without waiting for a reader to ask. It finds the write like any other
//   change, so only the pages it touches are rendered again, and a write no public page shows (a draft, a
//   proposal) leaves every page as it was. The writer is signed in, so never served from here: they see
//   their change at once; everyone else within freshFor, as for any change. Readers are not held back
//   while writes go on. Requests that wrote nothing (a refused form post, an OPTIONS from anyone) change
//   nothing at all, not even a check.
// - Data the change reader cannot see (written to SQLite behind PocketBase's back, as only the benchmark's
//   bulk loader does) is bounded by `maxAge` (10 min): an older page is rendered again whatever the reader
//   says. Renders for that alone would otherwise be most of a busy site's renders: every page once a minute.
// - Overloaded (every render slot taken, or renders waiting for one; or PocketBase slow to answer a check, or
//   refusing it), a stale page is still answered at once while it lags by less than `staleUnderLoad` (30 s),
//   and rendered again behind the answer. Readers then
//   get a page a little behind rather than waiting behind every render a burst of edits causes; the
//   x-cache-lag header says by how much (ms). Past that lag they wait for the render, as for any stale page.
//   Addresses `heldToBound` are never answered past the freshness bound: a live update asks for its data
//   once the bound has passed since a change (freshness.ts), and must not be answered from before it.
// - At most `maxRenders` (8) renders for the cache run at once. A render a reader waits for goes before the
//   re-renders behind stale answers, which take at most half the slots (a reader who then needs one of
//   those pages moves it forward): under a burst of misses, memory holds a few renders' data and pages, not
//   one per waiting reader, and a cheap page someone waits for is not queued behind refreshes.
// - Pages are kept compressed with brotli, as nearly every client takes them (a tenth of the memory a page
//   as rendered holds, so the budget keeps ten times the pages), and in gzip once a client asks for that;
//   a client taking neither gets them decompressed. A hit costs no compression.
// - A memo is shared until a change is seen, and after that for at most half the freshness bound from when
//   it began (while changes keep coming, each is computed at most twice a bound, not once per render). A
//   page rendered with a memo counts as rendered when the oldest memo it used began, so it is judged by
//   what that memo saw. A memo given a `patch` is brought up to date from the initiatives the change feed
//   names rather than computed again (reading a few records, not every one), while the feed can say what
//   changed and for at most `maxAge` from its last full computation.

import { createHash } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import { freshnessBoundMs, overloadBoundMs } from '../domain/freshness.ts';
import { encode, encodeInBackground, preferredEncoding } from './contentEncoding.ts';

/** What a rendered page shows, so the cache can tell which changes make it stale. */
export interface PageShows {
	/** Councils whose list of initiatives the page shows (a new or removed initiative naming one changes it). */
	councils: readonly string[];
	/** Record ids of the initiatives the page shows (any edit to one changes it). */
	initiatives: readonly string[];
}

/** One change in PocketBase, as the change reader reports it. */
export interface DataChange {
	/** Record id of the initiative changed (itself or one of its participations). */
	initiative: string;
	/** True when the change can move the initiative on or off a council's list (new, deleted, published, start year, councils). */
	listing: boolean;
	/** Councils the initiative names, before and after the change. */
	councils: readonly string[];
}

/** What the change reader found: the changes since `since`, or 'everything' when it cannot tell. */
export interface ChangesSince<Cursor> {
	cursor: Cursor;
	changes: readonly DataChange[] | 'everything';
}

export interface PageCacheOptions<Cursor> {
	/** The cache key for a request's address, or null when answers at that address are never cached. */
	keyOf(url: URL): string | null;
	/**
	 * Asks PocketBase what changed since the cursor it returned last (null: first look). Resolves null when
	 * PocketBase is up but did not answer this time (rate limited, overloaded); rejects when it is unreachable.
	 */
	readChanges(since: Cursor | null, signal: AbortSignal): Promise<ChangesSince<Cursor> | null>;
	/** The freshness bound in ms: no page served lags the database by more than this. */
	freshFor?: number;
	checkEvery?: number;
	/** A check not answered within this (ms) counts as refused. */
	checkTimeout?: number;
	/** Pages older than this are rendered again whatever the change reader says (ms). */
	maxAge?: number;
	/** While renders are queued, a stale page lagging by less than this is answered rather than waited for (ms). */
	staleUnderLoad?: number;
	/** Addresses never answered past the freshness bound, overloaded or not (what a live update asks for). */
	heldToBound?(url: URL): boolean;
	maxEntries?: number;
	maxBytes?: number;
	/** Computations kept by `memo` at most (the least recently used go first). */
	maxMemos?: number;
	/**
	 * Renders for the cache run at once at most; others wait their turn. What a render holds while it runs
	 * (its data, the page as text) is what bounds memory under load, not the pages kept.
	 */
	maxRenders?: number;
	now?: () => number;
}

export interface Rendered {
	response: Response;
	/** What the page shows; undefined when the page does not say (then any change makes it stale). */
	shows?: PageShows;
	/** True when answering the request wrote to PocketBase successfully. */
	wrote?: boolean;
}

export type CacheOutcome = 'hit' | 'miss' | 'stale' | 'bypass';

export interface PageCache {
	/** Answers a request from the cache, or by calling `render` (which runs the app as usual). */
	respond(request: Request, url: URL, render: () => Promise<Rendered>): Promise<Response>;
	/**
	 * For loads: `compute` run once per data version and its result shared by every render until a change is
	 * seen (any change: what is kept here is derived from many records), and for half the freshness bound
	 * after. A signed-in request gets a function that always computes, since it may see what the public does
	 * not and must see its own writes at once.
	 */
	memoFor(request: Request): Memo;
	/** Pages and bytes held, for tests and diagnostics. */
	size(): { entries: number; bytes: number };
	/** Resolves once no render for the cache is running or waiting (those behind stale answers included). */
	settled(): Promise<void>;
}

/**
 * `patch`, when given, brings the last value up to date from the initiatives changed since it began (their
 * record ids, as the change feed names them), where reading everything again would cost more. It is used
 * only while every change since is one the feed describes, and never past `maxAge` from the last `compute`.
 */
export type Memo = <T>(key: string, compute: () => Promise<T>, patch?: (previous: T, initiatives: readonly string[]) => Promise<T>) => Promise<T>;

interface Memoized {
	value: Promise<unknown>;
	/** Log position and generation when the computation began: any change logged since makes it stale. */
	logPosition: number;
	generation: number;
	/** The value reflects every change committed before this. */
	startedAt: number;
	/** When the `compute` the value comes from (through any patches) began. */
	computedAt: number;
}

interface Entry {
	key: string;
	status: number;
	headers: [string, string][];
	shows: PageShows | undefined;
	renderedAt: number;
	/** How far the change log has been compared with this page (from where it stood when the render started). */
	checkedTo: number;
	/** Set once a change touching the page is found: the time it is fresh through. */
	staleFrom: number | null;
	/** The body in brotli, and in gzip once a client asks for it (see contentEncoding.ts). */
	encoded: { br: Uint8Array; gzip?: Uint8Array };
}

interface LoggedChange {
	change: DataChange | 'everything';
	/** Start of the check before the one that found the change: the change was committed after it. */
	after: number;
}

interface Flight {
	generation: number;
	done: Promise<Entry | null>;
	/** Moves the render ahead of the re-renders behind stale answers: a reader now waits for it. */
	promote(): void;
}

/** A render waiting for a slot. */
interface Turn {
	start(): void;
	background: boolean;
}

/** The header telling hit, miss, stale or bypass. */
const cacheHeader = 'x-cache';
/** On a stale answer: how long before the request the page was last known current (ms), an upper bound on its lag. */
const lagHeader = 'x-cache-lag';

const signedIn = (request: Request) => /(?:^|;)\s*pb_auth=/.test(request.headers.get('cookie') ?? '');

/** What kept answers tell caches in front when the route said nothing: shared caches may keep them a second. */
const publicCacheControl = 'public, max-age=0, s-maxage=1';

/** A weak validator from the body (weak: the compressed copies differ in bytes, not in meaning). */
const weakEtag = (body: Uint8Array) => `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;

/** RFC 9110 weak comparison of If-None-Match against a validator. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

function privately(response: Response): Response {
	if (response.headers.has('cache-control')) return response;
	try {
		response.headers.set('cache-control', 'private, no-store');
		return response;
	} catch {
		const copy = new Response(response.body, response);
		copy.headers.set('cache-control', 'private, no-store');
		return copy;
	}
}

function touches(change: DataChange | 'everything', shows: PageShows | undefined): boolean {
	if (change === 'everything' || !shows) return true;
	if (shows.initiatives.includes(change.initiative)) return true;
	return change.listing && change.councils.some((code) => shows.councils.includes(code));
}

/** Bytes an entry holds: its compressed copies. */
function sizeOf(entry: Entry): number {
	return entry.encoded.br.byteLength + (entry.encoded.gzip?.byteLength ?? 0);
}

/**
 * A body that hands the stored bytes over as they are. A Response made from the bytes themselves copies
 * them first: 55 µs per 100 KB page against 4 µs for this (Node 24), on every hit. Nothing writes to them.
 */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(bytes);
			controller.close();
		}
	});
}

function labelled(response: Response, outcome: CacheOutcome): Response {
	try {
		response.headers.set(cacheHeader, outcome);
		return response;
	} catch {
		// Some responses (a fetch passed through) have immutable headers.
		const copy = new Response(response.body, response);
		copy.headers.set(cacheHeader, outcome);
		return copy;
	}
}

export function createPageCache<Cursor>(options: PageCacheOptions<Cursor>): PageCache {
	const freshFor = options.freshFor ?? freshnessBoundMs;
	const checkEvery = options.checkEvery ?? 250;
	const maxAge = options.maxAge ?? 600_000;
	const maxEntries = options.maxEntries ?? 5000;
	const maxBytes = options.maxBytes ?? 32 * 2 ** 20;
	const maxMemos = options.maxMemos ?? 200;
	const maxRenders = options.maxRenders ?? 8;
	const maxBackground = Math.max(1, Math.floor(maxRenders / 2));
	const staleUnderLoad = options.staleUnderLoad ?? overloadBoundMs;
	const now = options.now ?? (() => performance.now());
	const logLimit = 10_000;
	// A slow answer still vouches for pages as of the check's start; only no answer at all is a failure.
	const checkTimeout = options.checkTimeout ?? 5000;

	// Insertion order is recency order: a hit moves its page to the end, eviction takes from the front.
	const entries = new Map<string, Entry>();
	let bytes = 0;
	const flights = new Map<string, Flight>();
	const memos = new Map<string, Memoized>();
	/** The oldest memo each render used: the page is as old as it. */
	const oldestMemoUsed = new WeakMap<Request, Memoized>();
	const shareMemoFor = freshFor / 2;
	// Bumped when every page is dropped (a failed check): renders begun before are not kept.
	let generation = 0;

	const log: LoggedChange[] = [];
	let logStart = 0; // position of log[0]
	const logEnd = () => logStart + log.length;

	let cursor: Cursor | null = null;
	/** Start of the last successful check: every change committed before it is in the log. */
	let confirmedAt: number | null = null;
	let lastCheckStart = -Infinity;
	let checking: Promise<void> | null = null;
	let failures = 0;
	/** The last check's answer was a refusal (PocketBase up but overloaded or rate limiting). */
	let refused = false;
	const confirmed = (arrival: number) => confirmedAt !== null && arrival - confirmedAt <= freshFor;

	let rendering = 0;
	let renderingBackground = 0;
	const waiting: Turn[] = [];
	const waitingBackground: Turn[] = [];
	/** True when a render asked for now would wait for a slot. */
	const overloaded = () => rendering >= maxRenders || waiting.length > 0 || waitingBackground.length > 0;

	/** Starts waiting renders while slots are free: readers' first, then re-renders within their share. */
	function pump() {
		while (rendering < maxRenders) {
			const turn = waiting.shift() ?? (renderingBackground < maxBackground ? waitingBackground.shift() : undefined);
			if (!turn) return;
			rendering++;
			if (turn.background) renderingBackground++;
			turn.start();
		}
	}

	/** Runs `task` in its turn (see pump); `queued` receives a function that moves it to the readers' queue. */
	async function inTurn<T>(task: () => Promise<T>, background: boolean, queued: (promote: () => void) => void): Promise<T> {
		const turn: Turn = { background, start: () => {} };
		await new Promise<void>((resolve) => {
			turn.start = resolve;
			(background ? waitingBackground : waiting).push(turn);
			queued(() => {
				const at = waitingBackground.indexOf(turn);
				if (at < 0) return;
				waitingBackground.splice(at, 1);
				turn.background = false;
				waiting.push(turn);
				pump();
			});
			pump();
		});
		try {
			return await task();
		} finally {
			rendering--;
			if (turn.background) renderingBackground--;
			pump();
		}
	}

	function dropAll() {
		entries.clear();
		memos.clear();
		bytes = 0;
		generation++;
	}

	function remove(key: string) {
		const entry = entries.get(key);
		if (!entry) return;
		entries.delete(key);
		bytes -= sizeOf(entry);
	}

	function check(): Promise<void> {
		if (checking) return checking;
		const started = now();
		const previous = confirmedAt;
		lastCheckStart = started;
		const timeout = AbortSignal.timeout(checkTimeout);
		checking = options
			.readChanges(cursor, timeout)
			.then((found) => {
				// Busy: nothing confirmed this time, but nothing suggests the database changed under us either.
				if (!found) {
					failures++;
					refused = true;
					return;
				}
				refused = false;
				const after = previous ?? -Infinity;
				for (const change of found.changes === 'everything' ? (['everything'] as const) : found.changes) log.push({ change, after });
				if (log.length > logLimit) {
					const cut = log.length - logLimit;
					log.splice(0, cut);
					logStart += cut;
				}
				cursor = found.cursor;
				confirmedAt = started;
			})
			.catch(() => {
				failures++;
				// No answer in time: as good as a refusal (overloaded, or hung: either way what is kept stays as
				// current as the last answer said, and is served only within the bounds above).
				if (timeout.aborted) {
					refused = true;
					return;
				}
				// PocketBase unreachable: nothing can be confirmed fresh, and after an outage the database may not
				// be what it was (a restore), so start again from nothing.
				dropAll();
				log.length = 0;
				logStart = 0;
				cursor = null;
				confirmedAt = null;
			})
			.finally(() => {
				checking = null;
			});
		return checking;
	}

	/** Brings the page's staleness up to date with the log. */
	function review(entry: Entry) {
		if (entry.staleFrom !== null) return;
		if (entry.checkedTo < logStart) {
			// The changes since its render are no longer in the log: all that is known is its render time.
			entry.staleFrom = entry.renderedAt;
			return;
		}
		for (let position = entry.checkedTo; position < logEnd(); position++) {
			const logged = log[position - logStart];
			if (touches(logged.change, entry.shows)) {
				entry.staleFrom = Math.max(entry.renderedAt, logged.after);
				break;
			}
		}
		entry.checkedTo = logEnd();
	}

	function freshThrough(entry: Entry): number {
		return entry.staleFrom ?? Math.max(entry.renderedAt, confirmedAt ?? -Infinity);
	}

	/** How far behind the database the page may be at `t`: since it was last known current (ms). */
	const lagOf = (entry: Entry, t: number) => t - Math.min(freshThrough(entry), entry.renderedAt + maxAge);

	/** The kept page as the answer; `arrival` given for a stale answer, to say how far behind it may be. */
	function answer(entry: Entry, request: Request, outcome: CacheOutcome, arrival?: number): Response {
		const headers = new Headers(entry.headers);
		headers.set(cacheHeader, outcome);
		if (arrival !== undefined)
			headers.set(lagHeader, String(Math.max(0, Math.round(arrival - Math.min(freshThrough(entry), entry.renderedAt + maxAge)))));
		const etag = headers.get('etag')!;
		if (matches(request.headers.get('if-none-match'), etag)) {
			return new Response(null, {
				status: 304,
				headers: { etag, 'cache-control': headers.get('cache-control')!, vary: 'Accept-Encoding', [cacheHeader]: outcome }
			});
		}
		if (request.method === 'HEAD') return new Response(null, { status: entry.status, headers });
		const encoding = preferredEncoding(request.headers.get('accept-encoding'));
		headers.append('vary', 'Accept-Encoding');
		if (!encoding) return new Response(streamOf(brotliDecompressSync(entry.encoded.br)), { status: entry.status, headers });
		let body = entry.encoded[encoding];
		if (!body) {
			body = entry.encoded[encoding] = encode(brotliDecompressSync(entry.encoded.br), encoding);
			// Counted from now on; the limit is enforced at the next store.
			if (entries.get(entry.key) === entry) bytes += body.byteLength;
		}
		headers.set('content-encoding', encoding);
		headers.set('content-length', String(body.byteLength));
		return new Response(streamOf(body), { status: entry.status, headers });
	}

	function store(key: string, entry: Entry) {
		remove(key);
		if (sizeOf(entry) > maxBytes) return;
		entries.set(key, entry);
		bytes += sizeOf(entry);
		for (const [oldest] of entries) {
			if (entries.size <= maxEntries && bytes <= maxBytes) break;
			remove(oldest);
		}
	}

	/**
	 * Renders the page for this request, keeping it when it can be shared; one render per key at a time.
	 * `background`: nobody waits for it (a stale copy was answered), so readers' renders go first.
	 */
	function renderFor(
		request: Request,
		key: string,
		render: () => Promise<Rendered>,
		background = false
	): { done: Promise<Entry | null>; response: Promise<Response> } {
		const startedGeneration = generation;
		let resolveEntry!: (entry: Entry | null) => void;
		const done = new Promise<Entry | null>((resolve) => (resolveEntry = resolve));
		const flight: Flight = { generation: startedGeneration, done, promote: () => {} };
		flights.set(key, flight);
		const response = (async () => {
			let entry: Entry | null = null;
			try {
				const rendered = await inTurn(
					async () => {
						// Timed from its turn: a page is as old as the data it was rendered from.
						const started = now();
						const logPosition = logEnd();
						const { response, shows } = await render();
						if (response.status !== 200 || response.headers.has('set-cookie')) return { response, shows, started, logPosition, body: null };
						const body = new Uint8Array(await response.arrayBuffer());
						// Off the event loop: while a large page is compressed, hits go on being answered.
						return { response, shows, started, logPosition, body, br: await encodeInBackground(body) };
					},
					background,
					(promote) => (flight.promote = promote)
				);
				const { response, shows, started, logPosition, body } = rendered;
				if (body === null) return labelled(response, 'miss');
				const memo = oldestMemoUsed.get(request);
				const headers = [...response.headers].filter(([name]) => name !== cacheHeader);
				if (!response.headers.has('etag')) headers.push(['etag', weakEtag(body)]);
				if (!response.headers.has('cache-control')) headers.push(['cache-control', publicCacheControl]);
				entry = {
					key,
					status: 200,
					headers,
					shows,
					renderedAt: Math.min(started, memo?.startedAt ?? started),
					checkedTo: Math.min(logPosition, memo?.logPosition ?? logPosition),
					staleFrom: null,
					encoded: { br: rendered.br }
				};
				if (generation === startedGeneration) store(key, entry);
				return answer(entry, request, 'miss');
			} finally {
				if (flights.get(key) === flight) flights.delete(key);
				resolveEntry(entry);
			}
		})();
		return { done, response };
	}

	/**
	 * Whether every change committed before `arrival − freshFor` is known, waiting for a check when the last
	 * one is too old (only after an idle spell, or while PocketBase is slow). False when PocketBase fails to
	 * answer: then nothing may be served from memory.
	 */
	async function confirmedFor(arrival: number): Promise<boolean> {
		const failuresBefore = failures;
		for (;;) {
			if (confirmed(arrival)) return true;
			if (failures !== failuresBefore) return false;
			if (checking) await checking;
			// The last check failed moments ago: do not ask again on every request.
			else if (now() - lastCheckStart < checkEvery) return false;
			else await check();
		}
	}

	function used(request: Request, memo: Memoized) {
		const oldest = oldestMemoUsed.get(request);
		if (!oldest || memo.startedAt < oldest.startedAt) oldestMemoUsed.set(request, memo);
	}

	/** Record ids of the initiatives changed since log position `from`, or null when the log cannot say. */
	function changedSince(from: number): string[] | null {
		if (from < logStart) return null;
		const ids = new Set<string>();
		for (let position = from; position < logEnd(); position++) {
			const { change } = log[position - logStart];
			if (change === 'everything') return null;
			ids.add(change.initiative);
		}
		return [...ids];
	}

	function memo<T>(
		request: Request,
		key: string,
		compute: () => Promise<T>,
		patch?: (previous: T, initiatives: readonly string[]) => Promise<T>
	): Promise<T> {
		const t = now();
		const kept = memos.get(key);
		if (
			kept &&
			kept.generation === generation &&
			(kept.logPosition === logEnd() || t - kept.startedAt <= shareMemoFor) &&
			t - kept.computedAt <= maxAge
		) {
			memos.delete(key);
			memos.set(key, kept);
			used(request, kept);
			return kept.value as Promise<T>;
		}
		const changed = patch && kept && kept.generation === generation && t - kept.computedAt <= maxAge ? changedSince(kept.logPosition) : null;
		const entry: Memoized =
			changed && kept
				? {
						// A failed patch (or a failed value before it) falls back to reading everything.
						value: (kept.value as Promise<T>).then((previous) => patch!(previous, changed)).catch(() => compute()),
						logPosition: logEnd(),
						generation,
						// The patch reads again what the log names: changes committed since the last check began
						// are not in it yet, so the value is as fresh as that check.
						startedAt: Math.min(t, confirmedAt ?? t),
						computedAt: kept.computedAt
					}
				: { value: compute(), logPosition: logEnd(), generation, startedAt: t, computedAt: t };
		const value = entry.value as Promise<T>;
		used(request, entry);
		memos.delete(key);
		memos.set(key, entry);
		value.catch(() => {
			if (memos.get(key) === entry) memos.delete(key);
		});
		for (const [oldest] of memos) {
			if (memos.size <= maxMemos) break;
			memos.delete(oldest);
		}
		return value;
	}

	async function cached(request: Request, key: string, render: () => Promise<Rendered>, mayLag: boolean): Promise<Response> {
		// Freshness is judged at arrival: a page fresh through arrival − freshFor lags by at most freshFor,
		// however long the request then waits.
		const t = now();
		if (t - lastCheckStart >= checkEvery) void check();
		if (!confirmed(t)) {
			// PocketBase is up but slow to answer a check begun before this request, or refusing checks: that is
			// overload too, so a kept page less than staleUnderLoad behind is answered as it is, rather than
			// every reader waiting on PocketBase (a flood of its own API must not stall every page).
			const asItIs = () => {
				const kept = entries.get(key);
				const slow = (checking !== null && t - lastCheckStart >= checkEvery) || refused;
				return kept && mayLag && slow && confirmedAt !== null && lagOf(kept, t) <= staleUnderLoad ? kept : null;
			};
			let kept = asItIs();
			if (!kept && !(await confirmedFor(t))) {
				kept = asItIs();
				// PocketBase did not answer: render as if there were no cache (an outage gives its 503).
				if (!kept) return labelled((await render()).response, 'bypass');
			}
			if (kept) {
				review(kept);
				return answer(kept, request, 'stale', t);
			}
		}
		const entry = entries.get(key);
		if (entry) {
			review(entry);
			if (entry.staleFrom === null && t - entry.renderedAt <= maxAge) {
				// Most recently used goes last.
				entries.delete(key);
				entries.set(key, entry);
				return answer(entry, request, 'hit');
			}
		}
		const servable = entry && t - freshThrough(entry) <= freshFor && t - entry.renderedAt <= maxAge + freshFor;
		const flight = flights.get(key);
		const current = flight && flight.generation === generation ? flight : undefined;
		if (servable && (current || request.method === 'HEAD')) return answer(entry, request, 'stale', t);
		if (servable && entry.staleFrom !== null && t - entry.renderedAt <= maxAge) {
			// Stale but within the freshness bound: answered at once, and rendered again behind it (by this
			// request's render, unless one is already on its way), so no reader waits for a render it need not.
			renderFor(request, key, render, true).response.catch(() => {});
			return answer(entry, request, 'stale', t);
		}
		if (entry && mayLag && overloaded() && lagOf(entry, t) <= staleUnderLoad) {
			if (!current) renderFor(request, key, render, true).response.catch(() => {});
			return answer(entry, request, 'stale', t);
		}
		if (request.method === 'HEAD') return labelled((await render()).response, 'miss');
		if (current) {
			current.promote();
			const shared = await current.done;
			// A render that could not be kept (an error page, a cookie) is not shared: render our own.
			return shared ? answer(shared, request, 'miss') : labelled((await render()).response, 'miss');
		}
		return renderFor(request, key, render).response;
	}

	return {
		async respond(request, url, render) {
			const key = options.keyOf(url);
			if (request.method !== 'GET' && request.method !== 'HEAD') {
				let wrote = false;
				try {
					const rendered = await render();
					wrote = rendered.wrote === true;
					return key === null ? rendered.response : labelled(rendered.response, 'bypass');
				} finally {
					// The write is in the change feed now: look for it without waiting for a reader to.
					if (wrote && !checking) void check();
				}
			}
			if (key === null) return (await render()).response;
			if (signedIn(request)) return privately(labelled((await render()).response, 'bypass'));
			return cached(request, key, render, !options.heldToBound?.(url));
		},
		memoFor(request) {
			if (signedIn(request)) return (_key, compute) => compute();
			return (key, compute, patch) => memo(request, key, compute, patch);
		},
		size: () => ({ entries: entries.size, bytes }),
		async settled() {
			while (flights.size > 0) await Promise.all([...flights.values()].map((flight) => flight.done));
		}
	};
}
