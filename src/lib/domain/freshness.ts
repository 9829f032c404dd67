// How far behind the database a public page may be: the page cache serves nothing that misses a change
// committed more than this long ago (src/lib/server/pageCache.ts), and a page told of a change by
// PocketBase's realtime stream asks for its data again only once this has passed (src/lib/realtime.svelte.ts),
// or it could be answered from before the change and never ask again.
export const freshnessBoundMs = 1000;

// While the server is overloaded (renders queued, or PocketBase slow to answer), pages (not their data
// requests, which stay within freshnessBoundMs) may be answered this far behind rather than make readers
// wait; past it they wait for a render.
export const overloadBoundMs = 30_000;
