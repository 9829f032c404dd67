// Compression for pages answered from memory: which encoding a client takes, and a page's bytes in it.
// The page cache compresses each page once per encoding and keeps the result, where the server's
// compression of rendered responses (scripts/lib/compressResponses.ts) would compress every answer again:
// at about 0.5 ms a page, that cut the cached pages' throughput to a fifth.
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip';

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (null). */
export function preferredEncoding(acceptEncoding: string | null): ContentEncoding | null {
	const accepted = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		if (name.trim()) accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
	}
	const weightOf = (name: ContentEncoding) => accepted.get(name) ?? (accepted.has('*') ? accepted.get('*')! : 0);
	if (weightOf('br') > 0) return 'br';
	if (weightOf('gzip') > 0) return 'gzip';
	return null;
}

/** Above this, a body is compressed at a lower quality (see `encode`). */
const largeBody = 128 * 1024;

/**
 * Brotli quality 6: as small as 9 for pages of this size, at a tenth of the time. Large bodies (the table
 * view, the downloads) are compressed again after every change that touches them, where quality 4 takes
 * half the time for a tenth more bytes.
 */
export function encode(bytes: Uint8Array, encoding: ContentEncoding): Uint8Array {
	return encoding === 'br' ? brotliCompressSync(bytes, brotliOptions(bytes)) : gzipSync(bytes, { level: 6 });
}

const brotliAsync = promisify(brotliCompress);

/** Below this, handing a body to the thread pool costs about what compressing it does. */
const smallBody = 16 * 1024;

/**
 * `encode` in brotli, on libuv's thread pool for all but small bodies, so the event loop goes on answering
 * while a large page is compressed.
 */
export async function encodeInBackground(bytes: Uint8Array): Promise<Uint8Array> {
	if (bytes.byteLength < smallBody) return encode(bytes, 'br');
	return new Uint8Array(await brotliAsync(bytes, brotliOptions(bytes)));
}

function brotliOptions(bytes: Uint8Array) {
	const quality = bytes.byteLength > largeBody ? 4 : 6;
	return { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } };
}
