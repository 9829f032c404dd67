// Rendered HTML of public pages, kept in memory so a busy page is served without rendering it again
// (a render costs PocketBase queries and a Svelte render; a cached answer costs a map lookup).
//
// Only anonymous GET and HEAD requests use it: a request with a pb_auth cookie bypasses it entirely
// (a signed-in user sees edit links), and only 200 answers without set-cookie are kept.
//
// Freshness, the promise: a page served at time t reflects every change committed to PocketBase before
// t − `freshFor` (1 s by default). It is kept like this:
// - PocketBase is asked what changed (`readChanges`) at most every `checkEvery` (250 ms), by whichever
//   request finds a check due; requests never wait for it while the last check is recent enough.
// - Each change names the initiative it touched and, when it can move initiatives on or off a council's
//   list, the councils involved. A page marks itself stale when a change touches what it shows
//   (`PageShows`); a page that says nothing about what it shows goes stale on any change.
// - A page is "fresh through" the start of the last check that found nothing touching it (or the start of
//   its render, if later). It is served as a hit while fresh; once stale, the first request to notice
//   renders it again and concurrent requests get the stale copy, but only while it is fresh through
//   t − freshFor; past that, requests wait for the new render.
// - Freshness is judged when a request arrives. After an idle spell, or while PocketBase is slow, a request
//   whose last check is too old waits for one begun after it arrived: slow, but still from memory.
// - If PocketBase is unreachable (or silent for 5 s), every page is dropped and requests render as if there
//   were no cache (so an outage gives the usual 503), until a check succeeds. If it answers but refuses
//   (rate limited), pages are kept but vouched for only as far as the last successful check.
// - After a request that wrote to PocketBase (a form post or an import that succeeded, as `Rendered.wrote`
//   says), no page is served until a check begun after the write has answered, so an editor's change shows
//   on the next page; that check finds it like any other change, so a write no public page shows (a draft,
//   a proposal) leaves every page as it was. Requests that wrote nothing (a refused form post, an OPTIONS
//   from anyone) change nothing at all.
// - Data the change reader cannot see (written to SQLite behind PocketBase's back) is bounded by `maxAge`
//   (60 s): an older page is rendered again whatever the reader says.
// - Pages are kept as rendered and, for clients that accept it, compressed once per encoding (brotli or
//   gzip) on first demand, so a hit costs no compression.

import { encode, preferredEncoding, type ContentEncoding } from './contentEncoding.ts';

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
	/** The cache key for a request path, or null when pages at that path are never cached. */
	keyOf(pathname: string): string | null;
	/**
	 * Asks PocketBase what changed since the cursor it returned last (null: first look). Resolves null when
	 * PocketBase is up but did not answer this time (rate limited, overloaded); rejects when it is unreachable.
	 */
	readChanges(since: Cursor | null, signal: AbortSignal): Promise<ChangesSince<Cursor> | null>;
	/** The freshness bound in ms: no page served lags the database by more than this. */
	freshFor?: number;
	checkEvery?: number;
	/** Pages older than this are rendered again whatever the change reader says (ms). */
	maxAge?: number;
	maxEntries?: number;
	maxBytes?: number;
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
	/** Pages and bytes held, for tests and diagnostics. */
	size(): { entries: number; bytes: number };
}

interface Entry {
	key: string;
	status: number;
	headers: [string, string][];
	body: Uint8Array;
	shows: PageShows | undefined;
	renderedAt: number;
	/** How far the change log has been compared with this page (from where it stood when the render started). */
	checkedTo: number;
	/** Set once a change touching the page is found: the time it is fresh through. */
	staleFrom: number | null;
	/** The body compressed for clients that accept it, made on the first such request (see contentEncoding.ts). */
	encoded: Partial<Record<ContentEncoding, Uint8Array>>;
}

interface LoggedChange {
	change: DataChange | 'everything';
	/** Start of the check before the one that found the change: the change was committed after it. */
	after: number;
}

interface Flight {
	generation: number;
	done: Promise<Entry | null>;
}

/** The header telling hit, miss, stale or bypass. */
const cacheHeader = 'x-cache';

const signedIn = (request: Request) => /(?:^|;)\s*pb_auth=/.test(request.headers.get('cookie') ?? '');

function touches(change: DataChange | 'everything', shows: PageShows | undefined): boolean {
	if (change === 'everything' || !shows) return true;
	if (shows.initiatives.includes(change.initiative)) return true;
	return change.listing && change.councils.some((code) => shows.councils.includes(code));
}

/** Bytes an entry holds: its page and the compressed copies made so far. */
function sizeOf(entry: Entry): number {
	return Object.values(entry.encoded).reduce((sum, body) => sum + body.byteLength, entry.body.byteLength);
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
	const freshFor = options.freshFor ?? 1000;
	const checkEvery = options.checkEvery ?? 250;
	const maxAge = options.maxAge ?? 60_000;
	const maxEntries = options.maxEntries ?? 1000;
	const maxBytes = options.maxBytes ?? 32 * 2 ** 20;
	const now = options.now ?? (() => performance.now());
	const logLimit = 10_000;
	// A slow answer still vouches for pages as of the check's start; only no answer at all is a failure.
	const checkTimeout = 5000;

	// Insertion order is recency order: a hit moves its page to the end, eviction takes from the front.
	const entries = new Map<string, Entry>();
	let bytes = 0;
	const flights = new Map<string, Flight>();
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
	// The app's own writes so far, and how many had completed when the last check (and the last successful
	// one) began: only a check begun after the latest write vouches for any page.
	let writes = 0;
	let lastCheckWrites = 0;
	let confirmedWrites = 0;
	const confirmed = (arrival: number) => confirmedAt !== null && arrival - confirmedAt <= freshFor && confirmedWrites === writes;

	function dropAll() {
		entries.clear();
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
		const startedWrites = writes;
		const previous = confirmedAt;
		lastCheckStart = started;
		lastCheckWrites = startedWrites;
		checking = options
			.readChanges(cursor, AbortSignal.timeout(checkTimeout))
			.then((found) => {
				// Busy: nothing confirmed this time, but nothing suggests the database changed under us either.
				if (!found) {
					failures++;
					return;
				}
				const after = previous ?? -Infinity;
				for (const change of found.changes === 'everything' ? (['everything'] as const) : found.changes) log.push({ change, after });
				if (log.length > logLimit) {
					const cut = log.length - logLimit;
					log.splice(0, cut);
					logStart += cut;
				}
				cursor = found.cursor;
				confirmedAt = started;
				confirmedWrites = startedWrites;
			})
			.catch(() => {
				// PocketBase unreachable: nothing can be confirmed fresh, and after an outage the database may not
				// be what it was (a restore), so start again from nothing.
				failures++;
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

	function answer(entry: Entry, request: Request, outcome: CacheOutcome): Response {
		const headers = new Headers(entry.headers);
		headers.set(cacheHeader, outcome);
		const etag = headers.get('etag');
		if (etag && request.headers.get('if-none-match') === etag) {
			return new Response(null, { status: 304, headers: { etag, [cacheHeader]: outcome } });
		}
		if (request.method === 'HEAD') return new Response(null, { status: entry.status, headers });
		const encoding = preferredEncoding(request.headers.get('accept-encoding'));
		headers.append('vary', 'Accept-Encoding');
		if (!encoding) return new Response(streamOf(entry.body), { status: entry.status, headers });
		let body = entry.encoded[encoding];
		if (!body) {
			body = entry.encoded[encoding] = encode(entry.body, encoding);
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

	/** Renders the page for this request, keeping it when it can be shared; one render per key at a time. */
	function renderFor(request: Request, key: string, render: () => Promise<Rendered>): { done: Promise<Entry | null>; response: Promise<Response> } {
		const started = now();
		const startedGeneration = generation;
		const logPosition = logEnd();
		let resolveEntry!: (entry: Entry | null) => void;
		const done = new Promise<Entry | null>((resolve) => (resolveEntry = resolve));
		const flight = { generation: startedGeneration, done };
		flights.set(key, flight);
		const response = (async () => {
			let entry: Entry | null = null;
			try {
				const { response, shows } = await render();
				if (response.status !== 200 || response.headers.has('set-cookie')) return labelled(response, 'miss');
				const body = new Uint8Array(await response.arrayBuffer());
				const headers = [...response.headers].filter(([name]) => name !== cacheHeader);
				entry = { key, status: 200, headers, body, shows, renderedAt: started, checkedTo: logPosition, staleFrom: null, encoded: {} };
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
			// The last check, begun after any write, failed moments ago: do not ask again on every request.
			else if (now() - lastCheckStart < checkEvery && lastCheckWrites === writes) return false;
			else await check();
		}
	}

	async function cached(request: Request, key: string, render: () => Promise<Rendered>): Promise<Response> {
		// Freshness is judged at arrival: a page fresh through arrival − freshFor lags by at most freshFor,
		// however long the request then waits.
		const t = now();
		if (t - lastCheckStart >= checkEvery) void check();
		// PocketBase did not answer: render as if there were no cache (an outage gives its 503).
		if (!confirmed(t) && !(await confirmedFor(t))) return labelled((await render()).response, 'bypass');

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
		if (servable && (current || request.method === 'HEAD')) return answer(entry, request, 'stale');
		if (request.method === 'HEAD') return labelled((await render()).response, 'miss');
		if (current) {
			const shared = await current.done;
			// A render that could not be kept (an error page, a cookie) is not shared: render our own.
			return shared ? answer(shared, request, 'miss') : labelled((await render()).response, 'miss');
		}
		return renderFor(request, key, render).response;
	}

	return {
		async respond(request, url, render) {
			const key = options.keyOf(url.pathname);
			if (request.method !== 'GET' && request.method !== 'HEAD') {
				const { response, wrote } = await render();
				if (wrote) writes++;
				return key === null ? response : labelled(response, 'bypass');
			}
			if (key === null) return (await render()).response;
			if (signedIn(request) || url.search !== '') return labelled((await render()).response, 'bypass');
			return cached(request, key, render);
		},
		size: () => ({ entries: entries.size, bytes })
	};
}
