// Data that changes rarely, sent as a file named after its content: a browser, a proxy or a CDN may keep
// it for a year without asking again, since a change makes a new name. Pages carry the name, not the data.
import { createHash } from 'node:crypto';

export interface ContentAddressed<T> {
	value: T;
	json: string;
	/** A digest of `json`: the file's name. */
	hash: string;
}

export function contentAddressed<T>(value: T): ContentAddressed<T> {
	const json = JSON.stringify(value);
	return { value, json, hash: createHash('sha256').update(json).digest('base64url').slice(0, 16) };
}

/** The answer for a request naming `hash`: the file, or a redirect to the current one when it has changed. */
export function contentAddressedResponse(file: ContentAddressed<unknown>, hash: string, currentUrl: string): Response {
	if (hash !== file.hash) return new Response(null, { status: 307, headers: { location: currentUrl, 'cache-control': 'no-store' } });
	return new Response(file.json, {
		headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=31536000, immutable', etag: `"${file.hash}"` }
	});
}
