// Turns a benchmark run into BENCHMARKS.md: each metric beside its baseline and goal, and for every
// missed goal, by how much and the next lever to pull.
import { freshnessBoundMs, overloadBoundMs } from '#lib/domain/freshness.ts';
import type { HttpFigures } from './measureHttp.ts';
import type { MixedLoad } from './mixedLoad.ts';
import type { RouteTiming } from './routeTimings.ts';

interface Results {
	date: string;
	machine: { cpus: number; cpu?: string; memoryGiB: number; node: string };
	map: {
		readyMs: number;
		blankMs: number;
		ratio: number;
		frameMs?: number;
		recolour: {
			featureStateMs: number;
			setDataMs: number;
			speedup: number;
			frameAligned?: { featureStateMs: number; setDataMs: number; speedup: number };
		};
		/** A bare MapLibre page drawing the same boundaries (tests/bench/mapFloor.ts). */
		floor?: {
			blankMs: number;
			geojsonMs: number;
			vectorMs: number;
			geojsonRatio: number;
			vectorRatio: number;
			sparseMs?: number;
			sparseRatio?: number;
		};
	};
	payload: {
		boundaries: Record<string, { gzipKiB: number; sourceGzipKiB: number; smallerBy: number }>;
		scripts: { beyondMapLibreKiB: number; mapLibreKiB: number };
		page?: { path: string; renderedKiB: number; sentKiB: number; encoding: string };
	};
	ssr: { pageRps: number; assetRps: number; ratio: number; uncachedPageRps?: number; errors: number };
	scaling: { initiatives: number; loadSeconds: number; stats: HttpFigures; page: HttpFigures; uncachedPage?: HttpFigures }[];
	load: {
		pages: HttpFigures;
		stats: HttpFigures;
		writes: HttpFigures;
		cores?: { pocketbase: number; app: number; loadGenerator: number };
		peakRssMiB: { pocketbase: number; app: number };
	};
	/** Issue 17's sections (tests/bench/run.ts): when each was measured and how loaded the machine was. */
	dates?: Record<string, string>;
	loadAverage?: Record<string, number>;
	routes?: Record<string, RouteTiming>;
	tablePage?: { path: string; renderedKiB: number; sentKiB: number; encoding: string };
	page?: { path: string; renderedKiB: number; sentKiB: number; encoding: string };
	mixed?: MixedLoad;
	memory?: {
		freshMiB?: { pocketbase: number; app: number };
		idleMiB: { pocketbase: number; app: number };
		peakMiB: { pocketbase: number; app: number };
	};
	import?: { rows: number; ms: number; written: number }[];
	tree?: { processes: { pid: number; command: string; rssMiB: number }[]; totalMiB: number };
	beyond?: {
		twoApps?: MixedLoad;
		behindProxy?: MixedLoad & { cache: { counts: Record<string, number>; byRoute: Record<string, Record<string, number>> } };
	};
}

interface Row {
	metric: string;
	value: string;
	baseline: string;
	goal: string;
	met: boolean;
	/** What to try next when the goal is missed. */
	lever: string;
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
/** p95 and p50 of the successful answers, and any failed ones: a run with failures never meets its goal. */
const latency = (h: HttpFigures) => `${f(h.p95, 0)} ms (p50 ${f(h.p50, 0)})${h.errors ? `, ${h.errors} failed` : ''}`;
const within = (h: HttpFigures, ms: number) => h.errors === 0 && h.p95 <= ms;

/** What a bare MapLibre page reaches on the same machine: whether any lever within reach could meet 1.3×. */
function floorNote(r: Results): string {
	const floor = r.map.floor;
	if (!floor) return '';
	const reachable = Math.min(floor.vectorRatio, floor.sparseRatio ?? Infinity) <= 1.3;
	const sparse =
		floor.sparseRatio === undefined
			? ''
			: ` With the same features thinned to about one vertex in a hundred it still takes ${f(floor.sparseRatio, 2)}× (${f(floor.sparseMs ?? NaN, 0)} ms): most of the gap is the fixed cost of a data source and of drawing its fill and line layers at all in software, not the amount of geometry.`;
	return (
		`A bare page with MapLibre alone (no app, no SvelteKit) drawing the same boundaries with the same style, layers and tiling takes ${f(floor.geojsonRatio, 2)}× its own blank page with the GeoJSON source the explorer uses, and ${f(floor.vectorRatio, 2)}× with pre-built vector tiles (tests/bench/mapFloor.ts; blank ${f(floor.blankMs, 0)} ms, GeoJSON ${f(floor.geojsonMs, 0)} ms, vector tiles ${f(floor.vectorMs, 0)} ms).${sparse} ` +
		(reachable
			? 'So a lighter source (pre-built vector tiles or much simpler geometry) is the lever: the bare page meets the goal with one. '
			: 'So on this machine (no GPU: every frame is drawn by SwiftShader on the two cores the worker also needs) the goal is out of reach whatever the app does, vector tiles included; they would bring the explorer nearer, at the price of drawing the map from tiles instead of the TopoJSON the product specifies. ')
	);
}

export function rows(r: Results): Row[] {
	const at = (n: number) => r.scaling.find((p) => p.initiatives >= n * 0.99 && p.initiatives < n * 1.5);
	const first = r.scaling[0];
	const last = r.scaling[r.scaling.length - 1];
	const out: Row[] = [
		{
			metric: 'Map ready (median, navigation → coloured and idle)',
			value: `${f(r.map.readyMs, 0)} ms`,
			baseline: `blank MapLibre page ${f(r.map.blankMs, 0)} ms`,
			goal: '≤ 1.3×',
			met: r.map.ratio <= 1.3,
			lever: `ratio ${f(r.map.ratio, 2)}×. ${floorNote(r)}What the explorer spends beyond its blank page: the step from adding the boundaries to idle, inside MapLibre (its worker tiling the GeoJSON and building buckets, the copy of the GeoJSON to the worker, V8 compiling that hot code, the first shaders and software-rendered frames), and more HTML and scripts to hydrate before the map starts (tests/bench/mapProfile.ts and mapCpu.ts break it down by step).`
		},
		{
			metric: 'Recolour (filter change → idle), feature-state',
			value: `${f(r.map.recolour.featureStateMs)} ms`,
			baseline: `setData path ${f(r.map.recolour.setDataMs)} ms`,
			goal: '≤ 50 ms and ≥ 10× faster',
			met: r.map.recolour.featureStateMs <= 50 && r.map.recolour.speedup >= 10,
			lever: `speed-up ${f(r.map.recolour.speedup)}× (an empty frame takes ${f(r.map.frameMs ?? NaN, 1)} ms here). A feature-state recolour is the wait for the next frame and one frame's drawing calls; setData adds re-tiling in the worker and several frames. Changes are made at phases spread across the frame, as clicks arrive (see "Recolour and the frame clock" below). The remaining lever is a cheaper frame (fewer pixels or a GPU), not the recolour path.`
		}
	];
	for (const [vintage, b] of Object.entries(r.payload.boundaries)) {
		out.push({
			metric: `Boundaries ${vintage} (TopoJSON, gzip)`,
			value: `${f(b.gzipKiB)} KiB`,
			baseline: `source GeoJSON ${f(b.sourceGzipKiB)} KiB`,
			goal: '≤ 100 KiB and ≥ 4× smaller',
			met: b.gzipKiB <= 100 && b.smallerBy >= 4,
			lever: 'simplify further (geo/fitBudget.ts) or quantize coarser.'
		});
	}
	out.push({
		metric: 'Map route JavaScript beyond MapLibre (gzip)',
		value: `${f(r.payload.scripts.beyondMapLibreKiB)} KiB`,
		baseline: `MapLibre ${f(r.payload.scripts.mapLibreKiB)} KiB`,
		goal: '≤ 150 KiB',
		met: r.payload.scripts.beyondMapLibreKiB <= 150,
		lever: 'split the table and hex views into lazily loaded chunks.'
	});
	const queueing =
		'One request at a time the lookup is about 1 ms (authority_stats is a table kept by hooks), so the rest is queueing for the two cores, which autocannon shares with PocketBase and the app.';
	const pageLever =
		'council pages come from the page cache (misses cost the uncached figures below); with 20 clients the p95 is queueing for the two cores, so next: a cache in front of SvelteKit, or more cores.';
	const tenK = at(10_000);
	const hundredK = at(100_000);
	if (tenK)
		out.push({
			metric: `Stats API p95 at ${tenK.initiatives} initiatives`,
			value: latency(tenK.stats),
			baseline: '20 clients',
			goal: '≤ 25 ms',
			met: within(tenK.stats, 25),
			lever: queueing
		});
	if (hundredK)
		out.push({
			metric: `Stats API p95 at ${hundredK.initiatives} initiatives`,
			value: latency(hundredK.stats),
			baseline: '20 clients',
			goal: '≤ 50 ms',
			met: within(hundredK.stats, 50),
			lever: queueing
		});
	if (tenK)
		out.push({
			metric: `Authority page p95 at ${tenK.initiatives} initiatives`,
			value: latency(tenK.page),
			baseline: '20 clients',
			goal: '≤ 25 ms',
			met: within(tenK.page, 25),
			lever: pageLever
		});
	if (hundredK)
		out.push({
			metric: `Authority page p95 at ${hundredK.initiatives} initiatives`,
			value: latency(hundredK.page),
			baseline: '20 clients',
			goal: '≤ 50 ms',
			met: within(hundredK.page, 50),
			lever: pageLever
		});
	if (first && last && last !== first) {
		const growth = Math.max(last.stats.p95 / first.stats.p95, last.page.p95 / first.page.p95);
		out.push({
			metric: `p95 growth ${first.initiatives} → ${last.initiatives} initiatives (worse of API and page)`,
			value: `${f(growth, 2)}×`,
			baseline: `stats ${f(first.stats.p95, 0)} → ${f(last.stats.p95, 0)} ms; page ${f(first.page.p95, 0)} → ${f(last.page.p95, 0)} ms`,
			goal: '≤ 3×',
			met: growth <= 3,
			lever: `${queueing} For pages, ${pageLever}`
		});
	}
	out.push({
		metric: 'SSR throughput, /authorities/[code]',
		value: `${f(r.ssr.pageRps, 0)} req/s`,
		baseline: `static asset ${f(r.ssr.assetRps, 0)} req/s`,
		goal: 'ratio ≥ 0.5',
		met: r.ssr.ratio >= 0.5,
		lever: `ratio ${f(r.ssr.ratio, 2)}: the cached page is answered from handle in hooks.server.ts; what is left is SvelteKit's request handling before handle, so serve hits earlier (in scripts/serve.ts, before SvelteKit) if it matters.`
	});
	const loadErrors = r.load.pages.errors + r.load.stats.errors + r.load.writes.errors;
	out.push({
		metric: 'Load 60 s: 50 readers + 5 writers, errors',
		value: String(loadErrors),
		baseline: `${r.load.pages.requests + r.load.stats.requests} reads, ${r.load.writes.requests} writes`,
		goal: '0',
		met: loadErrors === 0,
		lever: 'see which endpoint failed in results.json.'
	});
	out.push({
		metric: 'Load: read p95 (pages / stats API)',
		value: `${f(r.load.pages.p95, 0)} / ${f(r.load.stats.p95, 0)} ms`,
		baseline: `peak RSS PocketBase ${f(r.load.peakRssMiB.pocketbase, 0)} MiB, app ${f(r.load.peakRssMiB.app, 0)} MiB`,
		goal: 'within the API goal (≤ 50 ms)',
		met: Math.max(r.load.pages.p95, r.load.stats.p95) <= 50,
		lever: `${queueing}${busy(r)} Next: run PocketBase and the app on separate cores, or the app with one process per core.`
	});
	return out;
}

/** Issue 17's goals: public pages under launch traffic, in a small footprint. */
export function launchRows(r: Results): Row[] {
	const out: Row[] = [];
	const m = r.mixed;
	if (m) {
		const cores = Object.entries(m.cores)
			.map(([name, n]) => `${name} ${f(n, 2)}`)
			.join(', ');
		const busyCores = Object.entries(m.cores)
			.filter(([name]) => name !== 'loadGenerator')
			.reduce((sum, [, n]) => sum + n, 0);
		const answers = Object.values(m.routes).reduce<Record<string, number>>((sum, h) => {
			for (const [outcome, n] of Object.entries(h.cache ?? {})) sum[outcome] = (sum[outcome] ?? 0) + n;
			return sum;
		}, {});
		const answered = Object.values(answers).reduce((sum, n) => sum + n, 0);
		const share = (outcome: string) => `${f((100 * (answers[outcome] ?? 0)) / Math.max(1, answered), 0)} %`;
		const queue =
			`the servers kept ${f(busyCores, 2)} of the two cores busy (${cores}; the load generator runs on the same two cores) at load average ${f(r.loadAverage?.mixed ?? NaN, 1)}. ` +
			`Reads came from the page cache as hits (${share('hit')}), stale copies answered at once (${share('stale')}) and renders (misses, ${share('miss')}: a first visit, or a copy over ${overloadBoundMs / 1000} s behind). ` +
			`The writers publish and unpublish ${f(m.writes.rps, 1)} times a second without pause, and each write makes stale every page showing the whole dataset (table view, insights, partner finder, exports) and the council and initiative pages it touches: more renders than the cores left over can do, so under this load pages are answered up to ${overloadBoundMs / 1000} s behind (the overload bound; lag of stale answers below) and rendered again behind the answer. ` +
			'The rest of a slow answer is queueing for the cores: a static file beside the load took as long (probes). Next: a core per server (PocketBase, app, and a load generator elsewhere), and writes that make fewer pages stale (the aggregate pages drawing from the per-version data in the browser, as the map views do).';
		out.push({
			metric: `Mixed load ${m.seconds} s: ${m.readers} readers + 5 writers through the app, errors`,
			value: String(m.reads.errors + m.writes.errors),
			baseline: `${m.reads.requests} reads, ${m.writes.requests} writes (${f(m.writes.rps, 1)}/s, p95 ${f(m.writes.p95, 0)} ms)`,
			goal: '0',
			met: m.reads.errors + m.writes.errors === 0,
			lever: `statuses per route are in results.json (mixed.routes.*.statuses).`
		});
		const probes = m.probes
			? ` Beside the load, one request every half second: a static file p50 ${f(m.probes.staticP50, 0)} ms (p95 ${f(m.probes.staticP95, 0)}), a council page p50 ${f(m.probes.pageP50, 0)} ms (p95 ${f(m.probes.pageP95, 0)}; ${Object.entries(
					m.probes.pageOutcomes
				)
					.map(([o, n]) => `${n} ${o}`)
					.join(', ')}).`
			: '';
		out.push({
			metric: 'Mixed load: reads a second',
			value: f(m.reads.rps, 0),
			baseline: `council pages alone, 10 clients: ${f(r.ssr?.pageRps ?? NaN, 0)}/s (ssr)`,
			goal: '≥ 1,000',
			met: m.reads.rps >= 1000,
			lever: queue + probes
		});
		for (const [route, h] of Object.entries(m.routes)) {
			out.push({
				metric: `Mixed load p95: ${route}`,
				value: `${latency(h)}, ${f(h.rps, 0)}/s`,
				baseline: r.routes?.[route] ? `one client, uncached ${f(r.routes[route].uncachedP95, 0)} ms` : '',
				goal: '≤ 100 ms',
				met: within(h, 100),
				lever: queue
			});
		}
		const lags = Object.entries(m.routes).filter(([, h]) => h.lag);
		if (lags.length)
			out.push({
				metric: 'Mixed load: how far behind a stale answer was (x-cache-lag, worst route)',
				value: `p50 ${f(Math.max(...lags.map(([, h]) => h.lag!.p50)) / 1000, 1)} s, p95 ${f(Math.max(...lags.map(([, h]) => h.lag!.p95)) / 1000, 1)} s, max ${f(Math.max(...lags.map(([, h]) => h.lag!.max)) / 1000, 1)} s`,
				baseline: lags.map(([route, h]) => `${route} p95 ${f(h.lag!.p95 / 1000, 1)} s`).join(', '),
				goal: `≤ ${overloadBoundMs / 1000} s under overload (${freshnessBoundMs / 1000} s otherwise)`,
				met: lags.every(([, h]) => h.lag!.max <= overloadBoundMs),
				lever: `the bound the page cache keeps when renders queue (src/lib/server/pageCache.ts, staleUnderLoad); one client at a time pages are rendered again within the ${freshnessBoundMs / 1000} s bound (first request after an edit, below).`
			});
	}
	for (const [route, t] of Object.entries(r.routes ?? {})) {
		const uncached = Number.isFinite(t.uncachedP95)
			? `rendered every time: p95 ${f(t.uncachedP95, 0)} ms (p50 ${f(t.uncachedP50, 0)})`
			: 'immutable file';
		out.push({
			metric: `One client p95: ${route} (${t.urls} URLs)`,
			value: `${f(t.p95, 1)} ms (p50 ${f(t.p50, 1)})`,
			baseline: uncached,
			goal: '≤ 30 ms',
			met: t.p95 <= 30 && t.errors === 0,
			lever: 'the misses are first visits of a URL; see the uncached figure for what a render costs.'
		});
		out.push({
			metric: `First request after an edit: ${route}`,
			value: `worst ${f(t.afterEditWorst, 0)} ms (median ${f(t.afterEditMedian, 0)})`,
			baseline: uncached,
			goal: '≤ 150 ms',
			met: t.afterEditWorst <= 150,
			lever:
				'it waits for one change check (two PocketBase reads), then the lists every render of a data version shares are read again (initiatives, participations and councils: 25–45 ms each in PocketBase, read in parallel, 80–100 ms in all) before the page renders. Next: patch the shared lists with the initiatives the change feed names instead of reading them whole.'
		});
		out.push({
			metric: `Cacheable in front: ${route}`,
			value: `${t.cacheControl ?? 'no Cache-Control'}; ETag ${t.etag ? 'yes' : 'no'}; If-None-Match → ${t.revalidated ?? 'n/a'}`,
			baseline: 'before: no validator, no Cache-Control',
			goal: 'Cache-Control + validator giving 304',
			met: Boolean(t.cacheControl && /public/.test(t.cacheControl) && t.etag && t.revalidated === 304),
			lever: ''
		});
	}
	for (const [page, before] of [
		[r.page, '75.4 KiB as sent before (issue 17)'],
		[r.tablePage, 'about 1 MB as rendered while it carried the data']
	] as const)
		if (page)
			out.push({
				metric: `Explorer HTML as sent (${page.path})`,
				value: `${f(page.sentKiB)} KiB (${page.encoding})`,
				baseline: `${f(page.renderedKiB)} KiB as rendered; ${before}`,
				goal: '≤ 30 KiB',
				met: page.sentKiB <= 30,
				lever: ''
			});
	if (r.memory) {
		const idle = r.memory.idleMiB.pocketbase + r.memory.idleMiB.app;
		const peak = r.memory.peakMiB.pocketbase + r.memory.peakMiB.app;
		out.push({
			metric: 'Memory idle: PocketBase + app (resident)',
			value: `${f(idle, 0)} MiB`,
			baseline: `PocketBase ${f(r.memory.idleMiB.pocketbase, 0)}, app ${f(r.memory.idleMiB.app, 0)}`,
			goal: '≤ 200 MiB',
			met: idle <= 200,
			lever: `measured after the one-client section filled the response cache (up to 32 MiB of pages, kept in brotli) and the computations per data version. ${
				r.memory.freshMiB
					? `Before their first request the two servers already hold ${f(r.memory.freshMiB.pocketbase + r.memory.freshMiB.app, 0)} MiB (PocketBase ${f(r.memory.freshMiB.pocketbase, 0)}: Go and SQLite with its warm hook VMs; app ${f(r.memory.freshMiB.app, 0)}: Node, SvelteKit and the register), so the goal leaves ${f(200 - r.memory.freshMiB.pocketbase - r.memory.freshMiB.app, 0)} MiB for pages and data. `
					: ''
			}Next: the remaining JS hooks in Go (no hook VMs), and a smaller young generation for the app at the price of more collections.`
		});
		out.push({
			metric: 'Memory peak through the mixed load: PocketBase + app',
			value: `${f(peak, 0)} MiB`,
			baseline: `PocketBase ${f(r.memory.peakMiB.pocketbase, 0)}, app ${f(r.memory.peakMiB.app, 0)}; before: 321–1,115 + 171–516 (issue 17)`,
			goal: '≤ 300 MiB',
			met: peak <= 300,
			lever:
				'PocketBase (4 hook VMs, GOMEMLIMIT) stays under half its old peak; the app peaks with renders running under the load (at most eight at once; its old space is capped at 160 MiB, the rest is code, buffers and the young generation). Settings: scripts/lib/processMemory.ts.'
		});
	}
	if (r.tree)
		out.push({
			metric: '`npm start` process tree, idle (resident, all processes)',
			value: `${f(r.tree.totalMiB, 0)} MiB`,
			baseline: r.tree.processes.map((p) => `${p.command.split(' ').slice(0, 2).join(' ')} ${f(p.rssMiB, 0)}`).join('; '),
			goal: 'reported',
			met: true,
			lever: ''
		});
	for (const timing of r.import ?? []) {
		if (timing.rows < 500) continue;
		const small = r.import!.find((t) => t.rows < timing.rows);
		out.push({
			metric: `Import: confirming ${timing.rows} rows, audit included`,
			value: `${f(timing.ms / 1000, 2)} s`,
			baseline: small ? `${small.rows} rows ${f(small.ms / 1000, 2)} s; before: 40 rows 12.8 s (issue 17)` : '',
			goal: '≤ 2 s',
			met: timing.ms <= 2000,
			lever: `every record is saved with PocketBase's validation in one transaction through pb_hooks/import.pb.js; its audit record and the initiative checks run in Go (pocketbase/), the change records are inserted a few hundred at a time and authority_stats is recomputed once at the end; load average ${f(r.loadAverage?.import ?? NaN, 1)} during the run. What is left per record: PocketBase's own save (each relation it names is looked up) and authority_stats's JS hook on participations, which a Go hook could replace.`
		});
	}
	if (r.map?.floor) {
		const ratio = r.map.readyMs / r.map.floor.geojsonMs;
		out.push({
			metric: 'Map ready against a bare MapLibre page drawing the same boundaries',
			value: `${f(ratio, 2)}×`,
			baseline: `explorer ${f(r.map.readyMs, 0)} ms, bare page ${f(r.map.floor.geojsonMs, 0)} ms`,
			goal: '≤ 1.1×',
			met: ratio <= 1.1,
			lever: 'see the map rows above.'
		});
	}
	return out;
}

/** "Beyond one machine": two app processes, and a caching proxy in front. */
function beyond(r: Results): string[] {
	const b = r.beyond;
	if (!b) return [];
	const lines = ['## Beyond one machine', ''];
	const statuses = (m: MixedLoad) =>
		Object.entries(m.routes)
			.map(
				([route, h]) =>
					`${route} ${
						Object.entries(h.statuses)
							.map(([status, n]) => `${n}×${status}`)
							.join('/') || 'none'
					}`
			)
			.join(', ');
	if (b.twoApps) {
		const t = b.twoApps;
		lines.push(
			`- **Two app processes against one PocketBase** (the same mixed load, ${t.seconds} s, readers split between them): ${f(t.reads.rps, 0)} reads a second in all, ${f(t.reads.rps / 2, 0)} per process, worst route p95 ${f(t.reads.worstP95, 0)} ms, ${t.reads.errors + t.writes.errors} errors (answers by route: ${statuses(t)}); cores busy: ${Object.entries(
				t.cores
			)
				.map(([n, c]) => `${n} ${f(c, 2)}`)
				.join(
					', '
				)}. One process alone: ${f(r.mixed?.reads.rps ?? NaN, 0)} reads a second. On two shared cores a second process adds no cores, only a second cache to warm; it pays off on a machine with a core per process.`
		);
	}
	if (b.behindProxy) {
		const p = b.behindProxy;
		const total = Object.values(p.cache.counts).reduce((sum, n) => sum + n, 0);
		const hits = (p.cache.counts.HIT ?? 0) + (p.cache.counts.REVALIDATED ?? 0) + (p.cache.counts.UPDATING ?? 0) + (p.cache.counts.STALE ?? 0);
		lines.push(
			`- **Behind a caching reverse proxy** (nginx-light from Debian, proxy_cache honouring the app's Cache-Control and ETags, tests/bench/cachingProxy.ts): ${f(p.reads.rps, 0)} reads a second, worst route p95 ${f(p.reads.worstP95, 0)} ms, ${p.reads.errors} errors (answers by route: ${statuses(p)}); hit ratio ${f((100 * hits) / total, 1)} % (${Object.entries(
				p.cache.counts
			)
				.map(([s, n]) => `${s} ${n}`)
				.join(', ')}). By route: ${Object.entries(p.cache.byRoute)
				.map(
					([route, c]) =>
						`${route} ${f((100 * ((c.HIT ?? 0) + (c.REVALIDATED ?? 0) + (c.UPDATING ?? 0))) / Object.values(c).reduce((a, n) => a + n, 0), 0)} %`
				)
				.join(
					', '
				)}. What stays uncached: the writers' form posts and anything with a pb_auth cookie (signed-in pages are per person), and pages for a second (s-maxage=1) after each fetch, the freshness bound the app promises.`
		);
	}
	lines.push(
		'- **The plan for more**: app nodes are stateless apart from their response cache (each fills its own from PocketBase and the change feed), so they scale out behind a load balancer; a CDN in front keeps every public page for a second and the content-addressed data files for a year, so origin traffic per URL is at most one request a second per edge. PocketBase stays the single writer (SQLite, one file): reads that reach it are the cache misses and the change checks (four a second per app node at most), writes are what limits it. It stops being enough when the write rate (each publish is a transaction with its audit and authority_stats rows, tens a second on these two cores) or the number of app nodes (each checking the change feed) outgrows one PocketBase; then move the change feed to push (PocketBase realtime) and the public read model to replicas (Litestream or a read-only copy per region).',
		''
	);
	return lines;
}

/** Beside the goal: the worst case, every change made just after a frame began. */
function recolourPhases(r: Results): string[] {
	const aligned = r.map.recolour.frameAligned;
	if (!aligned) return [];
	return [
		'## Recolour and the frame clock',
		'',
		`A change waits for the next animation frame, so where it lands in the frame moves its time. The table's recolour figures are medians over changes made at phases spread evenly across the frame, as clicks and key presses arrive (tests/bench/recolourBench.ts). Made just after a frame began, the worst case for a change drawn in one frame: feature-state ${f(aligned.featureStateMs)} ms, setData ${f(aligned.setDataMs)} ms, ${f(aligned.speedup)}× (goal ≤ 50 ms and ≥ 10×: ${aligned.featureStateMs <= 50 && aligned.speedup >= 10 ? 'met' : 'not met'}).`,
		''
	];
}

/** How the two cores were shared during the load test, when the run measured it. */
function busy(r: Results): string {
	const cores = r.load.cores;
	if (!cores) return '';
	return ` During the load test PocketBase kept ${f(cores.pocketbase, 2)} cores busy, the app ${f(cores.app, 2)} and the load generator ${f(cores.loadGenerator, 2)}; writers wrote ${f(r.load.writes.rps, 0)} times a second (p95 ${f(r.load.writes.p95, 0)} ms).`;
}

/** Figures beside the goals, not part of them: what a council page costs when the page cache is bypassed. */
function uncached(r: Results): string[] {
	const points = r.scaling.filter((p) => p.uncachedPage);
	if (!points.length && r.ssr.uncachedPageRps === undefined) return [];
	return [
		'## Without the page cache',
		'',
		'Council pages for anonymous visitors are served from the page cache (src/lib/server/pageCache.ts). These figures bypass it (a `pb_auth` cookie, as for a signed-in user), so they show what rendering a page costs:',
		'',
		...points.map((p) => `- ${p.initiatives} initiatives, one client: p50 ${f(p.uncachedPage!.p50, 0)} ms, p95 ${f(p.uncachedPage!.p95, 0)} ms.`),
		...(r.ssr.uncachedPageRps === undefined
			? []
			: [
					`- Throughput with 10 clients (seed data): ${f(r.ssr.uncachedPageRps, 0)} req/s, ratio ${f(r.ssr.uncachedPageRps / r.ssr.assetRps, 2)} to the static asset.`
				]),
		''
	];
}

/** Beside the goals: what the explorer's HTML weighs as rendered and as sent (scripts/lib/compressResponses.ts). */
function pageWeight(r: Results): string[] {
	const page = r.payload.page;
	if (!page) return [];
	return [
		'## Page weight',
		'',
		`The explorer's HTML (${page.path}; the register and the initiatives travel in the content-addressed data file it names): ${f(page.renderedKiB)} KiB as rendered, ${f(page.sentKiB)} KiB as a browser receives it (${page.encoding}).`,
		''
	];
}

/** When each section was measured (a run with --only keeps the others' figures) and how busy the machine was. */
function sectionDates(r: Results): string {
	if (!r.dates) return '';
	const list = Object.entries(r.dates).map(
		([name, date]) =>
			`${name} ${date.slice(0, 16).replace('T', ' ')}${r.loadAverage?.[name] !== undefined ? ` (load average ${f(r.loadAverage[name], 1)})` : ''}`
	);
	const all = ['map', 'payload', 'ssr', 'routes', 'mixed', 'beyond', 'import', 'tree', 'scaling'];
	const older = all.filter((name) => !r.dates![name]);
	return ` Sections measured: ${list.join('; ')}.${older.length ? ` Not measured in this run (figures from an earlier one): ${older.join(', ')}.` : ''} The load average is the machine's, which other work on the same two cores adds to.`;
}

export function renderSummary(r: Results): string {
	const table = [...(r.map && r.payload && r.ssr && r.scaling && r.load ? rows(r) : []), ...launchRows(r)];
	const missed = table.filter((row) => !row.met);
	return [
		'# Benchmarks',
		'',
		`Last run: ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} cores (${r.machine.cpu ?? 'unknown CPU'}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, headless Chromium with SwiftShader. Produced by \`npm run bench\` (tests/bench/run.ts); raw figures in tests/bench/results.json. Every metric is measured beside its baseline in the same run, because these machines are shared and noisy.${sectionDates(r)}`,
		'',
		'| metric | value | baseline (same run) | goal | met |',
		'| --- | --- | --- | --- | --- |',
		...table.map((row) => `| ${row.metric} | ${row.value} | ${row.baseline} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`),
		'',
		missed.length ? '## Missed goals and the next lever' : '## All goals met',
		'',
		...missed.map((row) => `- **${row.metric}**: ${row.value} against ${row.goal}; ${row.lever}`),
		'',
		...(r.map ? recolourPhases(r) : []),
		...(r.scaling && r.ssr ? uncached(r) : []),
		...beyond(r),
		...(r.payload && !r.page ? pageWeight(r) : [])
	].join('\n');
}
