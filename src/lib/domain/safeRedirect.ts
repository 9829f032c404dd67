// Where to send someone after signing in: only a path on this site, never another origin. Browsers read
// "//evil.example", "/\evil.example" and "/%2F%2Fevil" as other hosts or paths that become them, and
// strip tabs and newlines from URLs; dot segments can leave a path starting "//". Anything short of a
// plain same-site path falls back to `fallback`.

/** A same-site path (with its query and hash) safe to redirect to, or `fallback`. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	if (typeof target !== 'string' || target === '' || target.length > 2000) return fallback;
	if (!target.startsWith('/') || target.startsWith('//')) return fallback;
	// Backslashes, control characters and whitespace have no business in a path we produce.
	// eslint-disable-next-line no-control-regex -- control characters are what this refuses
	if (/[\\\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(target)) return fallback;
	let decoded: string;
	try {
		// Decoded twice: an encoded slash or backslash can become a second leading slash downstream.
		decoded = decodeURIComponent(decodeURIComponent(target));
	} catch {
		return fallback;
	}
	// eslint-disable-next-line no-control-regex -- control characters are what this refuses
	if (decoded.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(decoded)) return fallback;
	const base = 'http://same.invalid';
	const url = new URL(target, base);
	// Dot segments ("/.//x", "/a/..//x", "/%2e//x") resolve to a path starting "//", which a browser (and
	// SvelteKit's redirect) reads as another host.
	if (url.origin !== base || url.pathname.startsWith('//')) return fallback;
	return `${url.pathname}${url.search}${url.hash}`;
}
