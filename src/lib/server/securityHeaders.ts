// The security headers on every rendered response. The Content-Security-Policy itself is SvelteKit's
// (vite.config.ts, `csp`, with a nonce per page); this adds the origins only known at run time (PocketBase
// for live updates, a basemap's hosts) to its connect-src, and the headers CSP does not replace. Embeds
// (src/lib/domain/embedPaths.ts) are the only pages other sites may frame: their policy says so.
import { APP_ENV } from '$app/env/private';
import { PUBLIC_BASEMAP_STYLE_URL, PUBLIC_PB_URL } from '$app/env/public';
import { isEmbedPath } from '#lib/domain/embedPaths.ts';

const connectSources = [PUBLIC_PB_URL, PUBLIC_BASEMAP_STYLE_URL]
	.filter((url): url is string => Boolean(url))
	.map((url) => new URL(url).origin)
	// A basemap style names tile, glyph and sprite hosts of its own, unknown until it loads.
	.concat(PUBLIC_BASEMAP_STYLE_URL ? ['https:'] : []);

export const staticSecurityHeaders: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	...(APP_ENV === 'production' ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains' } : {})
};

export function addSecurityHeaders(response: Response, pathname: string): Response {
	const embed = isEmbedPath(pathname);
	try {
		for (const [name, value] of Object.entries(staticSecurityHeaders)) {
			if (embed && name === 'x-frame-options') continue;
			if (!response.headers.has(name)) response.headers.set(name, value);
		}
		let policy = response.headers.get('content-security-policy');
		if (policy && connectSources.length > 0)
			policy = policy.replace(/connect-src 'self'/, `connect-src 'self' ${[...new Set(connectSources)].join(' ')}`);
		if (policy && embed) policy = policy.replace(/frame-ancestors 'none'/, 'frame-ancestors *');
		if (policy) response.headers.set('content-security-policy', policy);
		return response;
	} catch {
		// A response with immutable headers (a fetch passed through): copy it.
		return addSecurityHeaders(new Response(response.body, response), pathname);
	}
}
