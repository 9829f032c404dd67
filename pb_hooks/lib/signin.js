// Helpers for signin.pb.js: failed passwords counted per account and client address, in PocketBase's
// in-memory store. Keyed by both so that guessing from one place locks that place out of the account,
// never the account's owner signing in from elsewhere (PocketBase's per-address limiter bounds how fast
// any one place can guess).
const maxFailures = 5;
const windowMs = 10 * 60 * 1000;

function guard(e) {
	const key =
		'signin-failures:' +
		String(e.identity || '')
			.trim()
			.toLowerCase() +
		'|' +
		e.realIP();
	const store = $app.store();
	const now = Date.now();
	const saved = store.get(key);
	let entry = saved ? JSON.parse(saved) : null;
	if (entry && now - entry.since >= windowMs) entry = null;
	if (entry && entry.count >= maxFailures) {
		throw new TooManyRequestsError('Too many failed sign-ins for this account from here. Wait 10 minutes and try again.');
	}
	try {
		e.next();
	} catch (error) {
		const next = entry ? { count: entry.count + 1, since: entry.since } : { count: 1, since: now };
		store.set(key, JSON.stringify(next));
		throw error;
	}
	store.remove(key);
}

module.exports = { guard };
