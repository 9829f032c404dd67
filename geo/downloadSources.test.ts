import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSources } from './downloadSources.ts';
import type { SourceConfig } from './sourceConfig.ts';

let server: Server;
let base = '';
let requests = 0;

beforeAll(async () => {
	server = createServer((request, response) => {
		requests++;
		if (request.url?.startsWith('/missing')) response.writeHead(404).end();
		else if (request.url?.includes('error')) response.end('{"error":{"code":400,"message":"Invalid query"}}');
		else response.end('code,population\nE06000001,92261\n');
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const config = (inputs: Record<string, string | null>) =>
	({ inputs: Object.fromEntries(Object.entries(inputs).map(([key, url]) => [key, { file: `${key}.csv`, url }])) }) as unknown as SourceConfig;

describe('downloadSources', () => {
	it('saves each input with a URL in the cache and skips inputs without one', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'geo-cache-'));
		const paths = await downloadSources(config({ population: `${base}/lad.csv`, handmade: null }), cache);
		expect([...paths.keys()]).toEqual(['population']);
		expect(readFileSync(paths.get('population')!, 'utf8')).toContain('E06000001');
	});

	it('reuses the cache instead of downloading again', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'geo-cache-'));
		await downloadSources(config({ population: `${base}/lad.csv` }), cache);
		const before = requests;
		await downloadSources(config({ population: `${base}/lad.csv` }), cache);
		expect(requests).toBe(before);
	});

	it('names the URL when a download fails', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'geo-cache-'));
		await expect(downloadSources(config({ x: `${base}/missing.csv` }), cache)).rejects.toThrow(`${base}/missing.csv: download failed with HTTP 404`);
		await expect(downloadSources(config({ x: 'http://127.0.0.1:9/lad.csv' }), cache)).rejects.toThrow('http://127.0.0.1:9/lad.csv: download failed');
	});

	it('treats an ArcGIS error answer as a failure', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'geo-cache-'));
		await expect(downloadSources(config({ x: `${base}/query?f=geojson&error=1` }), cache)).rejects.toThrow('the server answered with an error');
	});
});
