// How far behind the database a public page may be: the page cache serves nothing that misses a change
// committed more than this long ago (src/lib/server/pageCache.ts; pages, not their data requests, may lag
// up to 30 s while the server is overloaded), and a page told of a change by
// PocketBase's realtime stream asks for its data again only once this has passed (src/lib/realtime.svelte.ts),
// or it could be answered from before the change and never ask again.
export const freshnessBoundMs = 1000;
