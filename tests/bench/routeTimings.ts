// One client, no other load: per public route, p95 over its distinct URLs once each has been seen (what
// a visitor gets from the response cache), the same with every request rendered afresh (a signed-in
// cookie: the cost the cache saves), and the first request after an edit made through the app (the
// cache and the per-data-version computations rebuilt for it).
import { Agent, request } from 'node:http';
import type { AppWriter } from './appWriter.ts';
import type { PublicUrls, Route } from './publicUrls.ts';

export interface RouteTiming {
	urls: number;
	/** ms over `samples` requests after a warm pass. */
	p50: number;
	p95: number;
	/** Rendered on every request (bypassing the cache): the baseline. */
	uncachedP50: number;
	uncachedP95: number;
	/** The first anonymous request after an edit, each of `edits` times: median and worst. */
	afterEditMedian: number;
	afterEditWorst: number;
	errors: number;
	/** What a cache in front sees on the route's first URL: its Cache-Control, ETag, and the status of a revalidation. */
	cacheControl: string | null;
	etag: string | null;
	revalidated: number | null;
}

async function validators(url: string) {
	// Right after the edits (each an unpublish and a publish) the page may be answered from a copy the second
	// change has already made stale, or rendered between the two, and the change check may land between the
	// two requests below: its validator is then rightly not the current page's. Ask until the answer is a hit,
	// a copy current as of the last look at the data, and revalidate it; again if the page changed meanwhile.
	let last = { cacheControl: null as string | null, etag: null as string | null, revalidated: null as number | null };
	for (let attempt = 0; attempt < 5 && last.revalidated !== 304; attempt++) {
		let first = await fetch(url, { headers: { 'accept-encoding': 'br' } });
		await first.arrayBuffer();
		for (let tries = 0; tries < 100 && first.headers.get('x-cache') !== 'hit'; tries++) {
			first = await fetch(url, { headers: { 'accept-encoding': 'br' } });
			await first.arrayBuffer();
		}
		const etag = first.headers.get('etag');
		const again = etag ? await fetch(url, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } }) : null;
		await again?.arrayBuffer();
		last = { cacheControl: first.headers.get('cache-control'), etag, revalidated: again?.status ?? null };
	}
	return last;
}

const bypass = { cookie: 'pb_auth=bench-bypass' };

/**
 * One request, timed until its last byte arrives as sent: compressed bytes are not decoded (fetch would, and
 * decoding the 800 KB data file took this process longer than the server took to send it).
 */
function timed(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; ok: boolean; cache: string | null }> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		request(url, { agent, headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } }, (response) => {
			response.on('data', () => {});
			response.on('end', () =>
				resolve({ ms: performance.now() - started, ok: (response.statusCode ?? 500) < 400, cache: response.headers['x-cache']?.toString() ?? null })
			);
			response.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}

/** Connections kept open between requests, as a browser's are. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export async function routeTimings(
	appUrl: string,
	urls: PublicUrls,
	writer: AppWriter,
	writerSlugs: string[],
	options: { samples: number; edits: number }
) {
	const result: Partial<Record<Route | 'explorerData', RouteTiming>> = {};
	let toggles = 0;
	const edit = async () => {
		const slug = writerSlugs[toggles % writerSlugs.length];
		// Unpublish then publish back: two listing changes, the initiative is where it was.
		const statuses = [await writer.post(slug, 'unpublish'), await writer.post(slug, 'publish')];
		toggles++;
		if (statuses.some((s) => s !== 303)) throw new Error(`an edit through the app answered ${statuses.join(', ')}`);
	};
	for (const route of Object.keys(urls) as Route[]) {
		const list = urls[route].slice(0, options.samples);
		let errors = 0;
		// The warm pass: each URL until it is answered from the cache as current (a hit). Right after the
		// previous route's edits a page may first be answered stale and rendered again behind the answer.
		for (const path of list) {
			let first = await timed(appUrl + path);
			for (let tries = 0; tries < 20 && first.ok && first.cache !== 'hit'; tries++) first = await timed(appUrl + path);
			errors += first.ok ? 0 : 1;
		}
		const warm: number[] = [];
		for (let i = 0; i < options.samples; i++) {
			const { ms, ok } = await timed(appUrl + list[i % list.length]);
			warm.push(ms);
			if (!ok) errors++;
		}
		const cold: number[] = [];
		for (let i = 0; i < Math.min(options.samples, 20); i++) cold.push((await timed(appUrl + list[i % list.length], bypass)).ms);
		const afterEdit: number[] = [];
		for (let i = 0; i < options.edits; i++) {
			await edit();
			afterEdit.push((await timed(appUrl + list[i % list.length])).ms);
		}
		result[route] = {
			urls: urls[route].length,
			p50: percentile(warm, 50),
			p95: percentile(warm, 95),
			uncachedP50: percentile(cold, 50),
			uncachedP95: percentile(cold, 95),
			afterEditMedian: percentile(afterEdit, 50),
			afterEditWorst: Math.max(...afterEdit),
			errors,
			...(await validators(appUrl + list[0]))
		};
	}
	// The explorer's data file: fetched by the browser after the HTML (through /data/explorer.json, which
	// redirects to the current file); after an edit it has a new name.
	const dataUrl = async () => (await fetch(appUrl + '/data/explorer.json', { redirect: 'manual' })).headers.get('location');
	const warm: number[] = [];
	for (let i = 0; i < options.samples; i++) warm.push((await timed(appUrl + (await dataUrl())!)).ms);
	const afterEdit: number[] = [];
	for (let i = 0; i < options.edits; i++) {
		await edit();
		// The page names the new file; the file's own first request is what is timed.
		afterEdit.push((await timed(appUrl + (await dataUrl())!)).ms);
	}
	result.explorerData = {
		urls: 1,
		p50: percentile(warm, 50),
		p95: percentile(warm, 95),
		uncachedP50: NaN,
		uncachedP95: NaN,
		afterEditMedian: percentile(afterEdit, 50),
		afterEditWorst: Math.max(...afterEdit),
		errors: 0,
		...(await validators(appUrl + (await dataUrl())!))
	};
	return result;
}
