import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encode, preferredEncoding } from './contentEncoding.ts';

describe('preferredEncoding', () => {
	it('prefers brotli when a browser accepts it', () => {
		expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
	});

	it('takes gzip from a client that does not accept brotli', () => {
		expect(preferredEncoding('gzip, deflate')).toBe('gzip');
	});

	it('sends no encoding when none is accepted, or the header is missing', () => {
		expect(preferredEncoding('identity')).toBeNull();
		expect(preferredEncoding('')).toBeNull();
		expect(preferredEncoding(null)).toBeNull();
	});

	it('respects an encoding refused with q=0, and a wildcard', () => {
		expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(preferredEncoding('*;q=0')).toBeNull();
		expect(preferredEncoding('*')).toBe('br');
		expect(preferredEncoding('BR ; Q=0.8')).toBe('br');
	});
});

describe('encode', () => {
	const page = new TextEncoder().encode('<p>Shared services between councils.</p>'.repeat(200));

	it('compresses a page so that the client gets the same bytes back', () => {
		expect(new Uint8Array(brotliDecompressSync(encode(page, 'br')))).toEqual(page);
		expect(new Uint8Array(gunzipSync(encode(page, 'gzip')))).toEqual(page);
	});

	it('makes a page much smaller', () => {
		expect(encode(page, 'br').byteLength).toBeLessThan(page.byteLength / 10);
	});
});
