// The launch-traffic load: 50 anonymous readers over many distinct public URLs, split by route as the
// issue weighs them (readerShares), plus 5 editors publishing and unpublishing initiatives through the
// app, all at once on this machine. Per route: reads a second and percentiles; writes; each process's
// share of the cores and peak memory.
import { cpuSeconds } from './cpuTime.ts';
import { measureHttp, type HttpFigures } from './measureHttp.ts';
import { peakRssMiB } from './peakRss.ts';
import { readerShares, type PublicUrls, type Route } from './publicUrls.ts';
import type { AppWriter } from './appWriter.ts';

export interface MixedLoad {
	seconds: number;
	readers: number;
	routes: Partial<Record<Route, HttpFigures>>;
	reads: { requests: number; rps: number; errors: number; worstP95: number };
	writes: HttpFigures;
	cores: Record<string, number>;
	peakRssMiB: Record<string, number>;
	/** One request every half second beside the load, to tell queueing in the app from waits in its cache: a static file, and a council page. */
	probes: { staticP50: number; staticP95: number; pageP50: number; pageP95: number; pageOutcomes: Record<string, number> };
}

/** Splits `total` connections by share, largest remainders first, so they add up. */
function split(total: number, shares: Partial<Record<Route, number>>): [Route, number][] {
	const raw = Object.entries(shares).map(([route, share]) => [route as Route, share * total] as const);
	const counts = raw.map(([route, exact]) => [route, Math.floor(exact), exact - Math.floor(exact)] as const);
	let left = total - counts.reduce((sum, [, n]) => sum + n, 0);
	const order = [...counts].sort((a, b) => b[2] - a[2]);
	const extra = new Map<Route, number>();
	for (const [route] of order) if (left-- > 0) extra.set(route, 1);
	return counts.map(([route, n]) => [route, n + (extra.get(route) ?? 0)]);
}

export async function mixedLoad(options: {
	appUrls: string[];
	urls: PublicUrls;
	writer: AppWriter;
	writerSlugs: string[];
	pids: Record<string, number>;
	seconds: number;
	readers?: number;
	writers?: number;
}): Promise<MixedLoad> {
	const { appUrls, urls, writer, seconds } = options;
	const readers = options.readers ?? 50;
	const writePaths = options.writerSlugs.flatMap((slug) => [writer.path(slug, 'unpublish'), writer.path(slug, 'publish')]);
	const cpuBefore = Object.fromEntries(Object.entries(options.pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
	const selfBefore = cpuSeconds('self');
	const started = performance.now();
	// With several app processes (the "beyond one machine" run), each route's readers are spread over them.
	const runs = split(readers, readerShares).flatMap(([route, connections]) =>
		appUrls.flatMap((url, i) => {
			const share = Math.floor(connections / appUrls.length) + (i < connections % appUrls.length ? 1 : 0);
			return share === 0
				? []
				: [measureHttp({ url, paths: shuffled(urls[route]), connections: share, seconds }).then((figures) => [route, figures] as const)];
		})
	);
	const probing = probe(appUrls[0], urls.council[0], seconds);
	const writes = measureHttp({
		url: appUrls[0],
		paths: writePaths,
		connections: options.writers ?? 5,
		seconds,
		method: 'POST',
		headers: writer.headers,
		body: () => ''
	});
	const results = await Promise.all(runs);
	const wallSeconds = (performance.now() - started) / 1000;
	const routes: Partial<Record<Route, HttpFigures>> = {};
	for (const [route, figures] of results) routes[route] = routes[route] ? merge(routes[route], figures) : figures;
	const cores = Object.fromEntries(Object.entries(options.pids).map(([name, pid]) => [name, (cpuSeconds(pid) - cpuBefore[name]) / wallSeconds]));
	cores.loadGenerator = (cpuSeconds('self') - selfBefore) / wallSeconds;
	const all = Object.values(routes);
	return {
		seconds,
		readers,
		routes,
		reads: {
			requests: all.reduce((sum, r) => sum + r.requests, 0),
			rps: all.reduce((sum, r) => sum + r.rps, 0),
			errors: all.reduce((sum, r) => sum + r.errors, 0),
			worstP95: Math.max(...all.map((r) => r.p95))
		},
		writes: await writes,
		probes: await probing,
		cores,
		peakRssMiB: Object.fromEntries(Object.entries(options.pids).map(([name, pid]) => [name, peakRssMiB(pid)]))
	};
}

async function probe(appUrl: string, page: string, seconds: number) {
	const staticTimes: number[] = [];
	const pageTimes: number[] = [];
	const pageOutcomes: Record<string, number> = {};
	const end = performance.now() + seconds * 1000;
	const timed = async (path: string) => {
		const started = performance.now();
		const response = await fetch(appUrl + path, { headers: { 'accept-encoding': 'br' } }).catch(() => null);
		await response?.arrayBuffer();
		return { ms: performance.now() - started, cache: response?.headers.get('x-cache') ?? (response ? String(response.status) : 'failed') };
	};
	while (performance.now() < end) {
		staticTimes.push((await timed('/favicon.svg')).ms);
		const { ms, cache } = await timed(page);
		pageTimes.push(ms);
		pageOutcomes[cache] = (pageOutcomes[cache] ?? 0) + 1;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	const pct = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
	return { staticP50: pct(staticTimes, 50), staticP95: pct(staticTimes, 95), pageP50: pct(pageTimes, 50), pageP95: pct(pageTimes, 95), pageOutcomes };
}

/** Two runs of one route against two app processes as one: counts add up, percentiles are the worse of the two. */
function merge(a: HttpFigures, b: HttpFigures): HttpFigures {
	const statuses = { ...a.statuses };
	for (const [status, n] of Object.entries(b.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
	const cache = { ...a.cache };
	for (const [outcome, n] of Object.entries(b.cache ?? {})) cache[outcome] = (cache[outcome] ?? 0) + n;
	const lag =
		a.lag && b.lag
			? { p50: Math.max(a.lag.p50, b.lag.p50), p95: Math.max(a.lag.p95, b.lag.p95), max: Math.max(a.lag.max, b.lag.max) }
			: (a.lag ?? b.lag);
	return {
		requests: a.requests + b.requests,
		errors: a.errors + b.errors,
		statuses,
		cache,
		...(lag ? { lag } : {}),
		rps: a.rps + b.rps,
		p50: Math.max(a.p50, b.p50),
		p95: Math.max(a.p95, b.p95)
	};
}

/** The same addresses in a fixed pseudo-random order, so connections do not walk them in step. */
function shuffled(paths: string[]): string[] {
	const list = [...paths];
	let seed = 17;
	for (let i = list.length - 1; i > 0; i--) {
		seed = (seed * 1103515245 + 12345) % 2 ** 31;
		const j = seed % (i + 1);
		[list[i], list[j]] = [list[j], list[i]];
	}
	return list;
}
