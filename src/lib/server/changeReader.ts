// Tells the page cache (pageCache.ts) what changed in PocketBase since it last asked. The public
// data_version row says whether anything changed at all (a few index lookups); when audited changes were
// made, the change_feed view says which initiatives and councils they touched, so only the pages showing
// those are rendered again. change_feed is for superusers only (it also covers drafts), so it is read
// with the server's superuser credentials; without them every change makes every page stale.
import PocketBase, { ClientResponseError } from 'pocketbase';
import type { ChangesSince, DataChange } from './pageCache.ts';

export interface ChangeCursor {
	/** data_version's values when last read. */
	changes: string;
	records: string;
	reference: string;
	/** The last change_feed position read. */
	seq: number;
}

/** More changes than this since the last look (an import) and every page is stale: cheaper than matching them. */
const feedPage = 500;

/** PocketBase answered but would not serve the request now (its rate limiter, or an overload). */
const busy = (error: unknown) => error instanceof ClientResponseError && (error.status === 429 || error.status === 503);

export function createChangeReader(pbUrl: string, superuser: { email: string; password: string } | null) {
	const reader = new PocketBase(pbUrl);
	reader.autoCancellation(false);
	// Signed in once and reused, in the background: a sign-in (a password hash) is too slow to sit inside a
	// check, and signing in on every look would hit PocketBase's sign-in rate limit. After a refusal, wait
	// a minute before trying again.
	let admin: PocketBase | null = null;
	let signingIn = false;
	let retryAt = 0;

	function superuserClient(): PocketBase | null {
		if (admin || !superuser || signingIn || Date.now() < retryAt) return admin;
		signingIn = true;
		const pb = new PocketBase(pbUrl);
		pb.autoCancellation(false);
		pb.collection('_superusers')
			.authWithPassword(superuser.email, superuser.password, { requestKey: null })
			.then(() => (admin = pb))
			.catch(() => (retryAt = Date.now() + 60_000))
			.finally(() => (signingIn = false));
		return null;
	}

	/** The audited changes after `seq`, or null when the feed cannot be read (not signed in yet, too many changes). */
	async function readFeed(seq: number, signal: AbortSignal): Promise<{ seq: number; change: DataChange }[] | null | 'busy'> {
		const pb = superuserClient();
		if (!pb) return null;
		try {
			const page = await pb.collection('change_feed').getList(1, feedPage, {
				filter: pb.filter('seq > {:seq}', { seq }),
				sort: 'seq',
				skipTotal: true,
				fields: 'seq,initiative,listing,councils',
				signal,
				requestKey: null
			});
			if (page.items.length === feedPage) return null;
			return page.items.map((row) => ({
				seq: Number(row.seq),
				change: {
					initiative: String(row.initiative),
					listing: Boolean(Number(row.listing)),
					councils: (typeof row.councils === 'string' ? JSON.parse(row.councils) : (row.councils ?? [])) as string[]
				}
			}));
		} catch (error) {
			if (busy(error)) return 'busy';
			// Unreachable: the whole check fails. Anything else (credentials refused, a restarted PocketBase
			// forgetting the session): sign in again next time, and call it "everything" for now.
			if (error instanceof ClientResponseError && error.status === 0) throw error;
			admin = null;
			return null;
		}
	}

	return async function readChanges(since: ChangeCursor | null, signal: AbortSignal): Promise<ChangesSince<ChangeCursor> | null> {
		// As superuser when signed in: PocketBase's rate limiter, which counts every request from this server's
		// address (all its visitors' renders), does not apply to superusers, so a busy site cannot starve checks.
		const row = await (superuserClient() ?? reader)
			.collection('data_version')
			.getOne('current', { signal, requestKey: null })
			.catch((error) => {
				if (busy(error)) return null;
				throw error;
			});
		if (!row) return null;
		const changes = String(row.changes);
		const cursor: ChangeCursor = { changes, records: String(row.records), reference: String(row.reference), seq: Number(changes.split('#')[1] ?? 0) };
		// Unaudited tables changed, rows were added behind PocketBase's back, or the audit went backwards (a restore).
		if (!since || cursor.records !== since.records || cursor.reference !== since.reference || cursor.seq < since.seq)
			return { cursor, changes: 'everything' };
		if (cursor.changes === since.changes) return { cursor, changes: [] };
		const feed = await readFeed(since.seq, signal);
		if (feed === 'busy') return null;
		if (!feed) return { cursor, changes: 'everything' };
		return { cursor: { ...cursor, seq: Math.max(cursor.seq, ...feed.map((item) => item.seq)) }, changes: feed.map((item) => item.change) };
	};
}
