// Payload: gzipped TopoJSON per vintage against the source GeoJSON of the same boundaries (from the geo
// pipeline's size report), and the gzipped JavaScript the map route loads beyond MapLibre itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { root } from '../../scripts/lib/binary.ts';

interface SizeReport {
	[vintage: string]: { gzipBytes: number; sourceGzipBytes: number; rawBytes: number };
}

export function boundaryPayload() {
	const report = JSON.parse(readFileSync(join(root, 'static/geo/size-report.json'), 'utf8')) as SizeReport;
	return Object.fromEntries(
		Object.entries(report).map(([vintage, r]) => [
			vintage,
			{ gzipKiB: r.gzipBytes / 1024, sourceGzipKiB: r.sourceGzipBytes / 1024, smallerBy: r.sourceGzipBytes / r.gzipBytes }
		])
	);
}

/** Every script the explorer page loads, gzipped; the chunk carrying MapLibre is counted apart. */
export async function scriptPayload(browser: Browser, appUrl: string) {
	const page = await browser.newPage();
	const scripts: { url: string; gzip: number; maplibre: boolean }[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		// MapLibre's bundle keeps its licence banner and registers its worker under this name.
		const maplibre = /maplibre-gl|MapLibre GL JS/i.test(body.toString('utf8', 0, Math.min(body.length, 4000))) || body.includes('maplibre');
		scripts.push({ url: response.url().replace(appUrl, ''), gzip: gzipSync(body).length, maplibre: maplibre && body.length > 300_000 });
	});
	await page.goto(appUrl, { waitUntil: 'networkidle' });
	await page.close();
	const sum = (list: typeof scripts) => list.reduce((total, s) => total + s.gzip, 0) / 1024;
	return { beyondMapLibreKiB: sum(scripts.filter((s) => !s.maplibre)), mapLibreKiB: sum(scripts.filter((s) => s.maplibre)), scripts };
}

/** The explorer's HTML (it carries the register and the initiatives) as rendered, and as a browser receives it. */
export async function pagePayload(appUrl: string, path = '/?vintage=2012') {
	const sent = await new Promise<{ bytes: number; encoding: string }>((resolve, reject) => {
		request(`${appUrl}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'none') }));
		})
			.on('error', reject)
			.end();
	});
	const rendered = Buffer.byteLength(await (await fetch(`${appUrl}${path}`, { headers: { 'accept-encoding': 'identity' } })).text());
	return { path, renderedKiB: rendered / 1024, sentKiB: sent.bytes / 1024, encoding: sent.encoding };
}
