// Helpers for signin.pb.js: failed passwords counted per account, in PocketBase's in-memory store.
const maxFailures = 5;
const windowMs = 10 * 60 * 1000;

function guard(e) {
	const key = 'signin-failures:' + String(e.identity || '').trim().toLowerCase();
	const store = $app.store();
	const now = Date.now();
	const saved = store.get(key);
	let entry = saved ? JSON.parse(saved) : null;
	if (entry && now - entry.since >= windowMs) entry = null;
	if (entry && entry.count >= maxFailures) {
		throw new TooManyRequestsError('Too many failed sign-ins for this account. Wait 10 minutes and try again.');
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
