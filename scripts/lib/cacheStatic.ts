// Tells caches in front how long they may keep the static files adapter-node serves (it sends an ETag but
// no Cache-Control, except for SvelteKit's own immutable scripts): files named after their content (the
// boundaries, the register) for a year; the rest (the manifest naming them, the favicon) revalidated each
// time, a 304 when unchanged. Rendered answers set their own in src/hooks.server.ts.
import { readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A content hash in the name: name.<10 hex>.ext, as the geo pipeline writes them. */
const hashed = /\.[0-9a-f]{10}\.[a-z]+$/;

export function cacheStatic(clientDir: string, handler: Handler): Handler {
	const topLevel = new Set(readdirSync(clientDir).filter((name) => name !== '_app'));
	return (req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		if (topLevel.has(decodeURIComponent(path.split('/')[1] ?? ''))) {
			res.setHeader('cache-control', hashed.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
		}
		handler(req, res);
	};
}
