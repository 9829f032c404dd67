// API scaling: the per-authority stats endpoint and the authority page at 1k, 10k and 100k initiatives,
// 20 concurrent clients each. Goals: p95 <= 25 ms at 10k, <= 50 ms at 100k, growth 1k -> 100k <= 3x.
import type { Authority } from '#lib/domain/authority.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';
import { startPocketBase, type PocketBaseProcess } from '../../scripts/lib/pocketbase.ts';
import { loadSyntheticSql } from './loadSyntheticSql.ts';
import { measureHttp, type HttpFigures } from './measureHttp.ts';
import { generateInitiatives } from './synthetic.ts';

export interface ScalingPoint {
	initiatives: number;
	loadSeconds: number;
	stats: HttpFigures;
	page: HttpFigures;
	/** The page rendered every time: a pb_auth cookie bypasses the page cache, as for a signed-in user. One client. */
	uncachedPage: HttpFigures;
}

/** Any pb_auth cookie makes the app skip its page cache (src/lib/server/pageCache.ts). */
export const bypassCache = { cookie: 'pb_auth=bench' };

/** A spread of real codes: every 7th authority drawn on the 2012 map. */
export function sampleCodes(register: Authority[]): string[] {
	return register
		.filter((a) => a.vintages.includes('2012'))
		.filter((_, i) => i % 7 === 0)
		.map((a) => a.code);
}

/**
 * Grows the database to each size and measures it. PocketBase is stopped for each load and started
 * again on the same port (the app keeps running); returns the figures and the PocketBase now running.
 */
export async function apiScaling(
	pb: SeededPocketBase,
	appUrl: string,
	sizes = [1000, 10000, 100000],
	seconds = 10
): Promise<{ points: ScalingPoint[]; running: PocketBaseProcess }> {
	const programmes = (await pb.admin.collection('programmes').getFullList()).map((r) => r.slug as string);
	const categories = (await pb.admin.collection('categories').getFullList()).map((r) => r.slug as string);
	const all = generateInitiatives(Math.max(...sizes), pb.register, programmes, categories);
	const codes = sampleCodes(pb.register);
	const points: ScalingPoint[] = [];
	const port = Number(new URL(pb.url).port);
	let running: PocketBaseProcess | null = null;
	let loaded = 0;
	for (const size of sizes) {
		const started = performance.now();
		await (running ? running.stop() : pb.stopKeepingData());
		loadSyntheticSql(pb.dataDir, all.slice(loaded, size));
		running = await startPocketBase({ port, dataDir: pb.dataDir, superuser: pb.superuser, output: 'ignore' });
		loaded = size;
		const loadSeconds = (performance.now() - started) / 1000;
		const statsPaths = codes.map((code) => `/api/collections/authority_stats/records?skipTotal=1&filter=${encodeURIComponent(`code='${code}'`)}`);
		const stats = await measureHttp({ url: pb.url, paths: statsPaths, connections: 20, seconds });
		const page = await measureHttp({ url: appUrl, paths: codes.map((code) => `/authorities/${code}`), connections: 20, seconds });
		const uncachedPage = await measureHttp({
			url: appUrl,
			paths: codes.map((code) => `/authorities/${code}`),
			connections: 1,
			seconds: Math.min(seconds, 5),
			headers: bypassCache
		});
		points.push({ initiatives: size + pb.seeded.initiatives.created.length, loadSeconds, stats, page, uncachedPage });
		console.log(
			`  ${size}: stats p95 ${stats.p95} ms, page p95 ${page.p95} ms, uncached page p50 ${uncachedPage.p50} ms (load ${loadSeconds.toFixed(0)} s)`
		);
	}
	return { points, running: running! };
}
