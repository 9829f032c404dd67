import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, createBrotliDecompress, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressResponses } from './compressResponses.ts';

const page = `<!doctype html><title>Councils</title>${'<p>Shared services between councils.</p>'.repeat(500)}`;
let server: Server | undefined;

afterEach(async () => {
	server?.closeAllConnections();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
	server = createServer(compressResponses(handler));
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return (server.address() as { port: number }).port;
}

function get(port: number, headers: Record<string, string> = {}): Promise<{ res: IncomingMessage; body: Buffer }> {
	return new Promise((resolve, reject) => {
		request({ port, host: '127.0.0.1', path: '/', headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

const html = (_req: IncomingMessage, res: ServerResponse) => {
	res.setHeader('content-type', 'text/html; charset=utf-8');
	res.end(page);
};

describe('compressResponses', () => {
	it('sends a page as brotli to a browser that accepts it, a fraction of its size, and varies on Accept-Encoding', async () => {
		const port = await serve(html);
		const { res, body } = await get(port, { 'accept-encoding': 'gzip, deflate, br' });
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers.vary).toMatch(/accept-encoding/i);
		expect(brotliDecompressSync(body).toString()).toBe(page);
		expect(body.length).toBeLessThan(page.length / 10);
	});

	it('falls back to gzip for a client that accepts only gzip', async () => {
		const port = await serve(html);
		const { res, body } = await get(port, { 'accept-encoding': 'gzip' });
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(body).toString()).toBe(page);
	});

	it('sends the page as it is to a client that accepts no encoding', async () => {
		const port = await serve(html);
		const { res, body } = await get(port);
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(body.toString()).toBe(page);
	});

	it('leaves a response that is already encoded (a precompressed static file) as it is', async () => {
		const precompressed = brotliCompressSync(page);
		const port = await serve((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'br' });
			res.end(precompressed);
		});
		const { res, body } = await get(port, { 'accept-encoding': 'br, gzip' });
		expect(res.headers['content-encoding']).toBe('br');
		expect(body.equals(precompressed)).toBe(true);
	});

	it('delivers a streamed page in parts: the first part arrives before the rest is written', async () => {
		let release = () => {};
		const rest = new Promise<void>((resolve) => (release = resolve));
		const port = await serve((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.write('<p>the page</p>');
			void rest.then(() => res.end('<p>the streamed initiatives</p>'));
		});
		const received = await new Promise<string>((resolve, reject) => {
			request({ port, host: '127.0.0.1', path: '/', headers: { 'accept-encoding': 'br' } }, (res) => {
				let text = '';
				const decoded = res.pipe(createBrotliDecompress());
				decoded.on('data', (chunk: Buffer) => {
					text += chunk.toString();
					// Only once the first part is here does the server write the rest.
					if (text.includes('the page')) release();
				});
				decoded.on('end', () => resolve(text));
				decoded.on('error', reject);
			})
				.on('error', reject)
				.end();
		});
		expect(received).toBe('<p>the page</p><p>the streamed initiatives</p>');
	}, 5_000);
});
