// Turns a benchmark run into BENCHMARKS.md: each metric beside its baseline and goal, and for every
// missed goal, by how much and the next lever to pull.
import type { HttpFigures } from './measureHttp.ts';

interface Results {
	date: string;
	machine: { cpus: number; cpu?: string; memoryGiB: number; node: string };
	map: {
		readyMs: number;
		blankMs: number;
		ratio: number;
		frameMs?: number;
		recolour: { featureStateMs: number; setDataMs: number; speedup: number; frameAligned?: { featureStateMs: number; setDataMs: number; speedup: number } };
		/** A bare MapLibre page drawing the same boundaries (tests/bench/mapFloor.ts). */
		floor?: { blankMs: number; geojsonMs: number; vectorMs: number; geojsonRatio: number; vectorRatio: number; sparseMs?: number; sparseRatio?: number };
	};
	payload: {
		boundaries: Record<string, { gzipKiB: number; sourceGzipKiB: number; smallerBy: number }>;
		scripts: { beyondMapLibreKiB: number; mapLibreKiB: number };
		page?: { path: string; renderedKiB: number; sentKiB: number; encoding: string };
	};
	ssr: { pageRps: number; assetRps: number; ratio: number; uncachedPageRps?: number; errors: number };
	scaling: { initiatives: number; loadSeconds: number; stats: HttpFigures; page: HttpFigures; uncachedPage?: HttpFigures }[];
	load: { pages: HttpFigures; stats: HttpFigures; writes: HttpFigures; cores?: { pocketbase: number; app: number; loadGenerator: number }; peakRssMiB: { pocketbase: number; app: number } };
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
	const sparse = floor.sparseRatio === undefined ? '' : ` With the same features thinned to about one vertex in a hundred it still takes ${f(floor.sparseRatio, 2)}× (${f(floor.sparseMs ?? NaN, 0)} ms): most of the gap is the fixed cost of a data source and of drawing its fill and line layers at all in software, not the amount of geometry.`;
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
		{ metric: 'Map ready (median, navigation → coloured and idle)', value: `${f(r.map.readyMs, 0)} ms`, baseline: `blank MapLibre page ${f(r.map.blankMs, 0)} ms`, goal: '≤ 1.3×', met: r.map.ratio <= 1.3, lever: `ratio ${f(r.map.ratio, 2)}×. ${floorNote(r)}What the explorer spends beyond its blank page: the step from adding the boundaries to idle, inside MapLibre (its worker tiling the GeoJSON and building buckets, the copy of the GeoJSON to the worker, V8 compiling that hot code, the first shaders and software-rendered frames), and more HTML and scripts to hydrate before the map starts (tests/bench/mapProfile.ts and mapCpu.ts break it down by step).` },
		{ metric: 'Recolour (filter change → idle), feature-state', value: `${f(r.map.recolour.featureStateMs)} ms`, baseline: `setData path ${f(r.map.recolour.setDataMs)} ms`, goal: '≤ 50 ms and ≥ 10× faster', met: r.map.recolour.featureStateMs <= 50 && r.map.recolour.speedup >= 10, lever: `speed-up ${f(r.map.recolour.speedup)}× (an empty frame takes ${f(r.map.frameMs ?? NaN, 1)} ms here). A feature-state recolour is the wait for the next frame and one frame's drawing calls; setData adds re-tiling in the worker and several frames. Changes are made at phases spread across the frame, as clicks arrive (see "Recolour and the frame clock" below). The remaining lever is a cheaper frame (fewer pixels or a GPU), not the recolour path.` }
	];
	for (const [vintage, b] of Object.entries(r.payload.boundaries)) {
		out.push({ metric: `Boundaries ${vintage} (TopoJSON, gzip)`, value: `${f(b.gzipKiB)} KiB`, baseline: `source GeoJSON ${f(b.sourceGzipKiB)} KiB`, goal: '≤ 100 KiB and ≥ 4× smaller', met: b.gzipKiB <= 100 && b.smallerBy >= 4, lever: 'simplify further (geo/fitBudget.ts) or quantize coarser.' });
	}
	out.push({ metric: 'Map route JavaScript beyond MapLibre (gzip)', value: `${f(r.payload.scripts.beyondMapLibreKiB)} KiB`, baseline: `MapLibre ${f(r.payload.scripts.mapLibreKiB)} KiB`, goal: '≤ 150 KiB', met: r.payload.scripts.beyondMapLibreKiB <= 150, lever: 'split the table and hex views into lazily loaded chunks.' });
	const queueing = 'One request at a time the lookup is about 1 ms (authority_stats is a table kept by hooks), so the rest is queueing for the two cores, which autocannon shares with PocketBase and the app.';
	const pageLever = 'council pages come from the page cache (misses cost the uncached figures below); with 20 clients the p95 is queueing for the two cores, so next: a cache in front of SvelteKit, or more cores.';
	const tenK = at(10_000);
	const hundredK = at(100_000);
	if (tenK) out.push({ metric: `Stats API p95 at ${tenK.initiatives} initiatives`, value: latency(tenK.stats), baseline: '20 clients', goal: '≤ 25 ms', met: within(tenK.stats, 25), lever: queueing });
	if (hundredK) out.push({ metric: `Stats API p95 at ${hundredK.initiatives} initiatives`, value: latency(hundredK.stats), baseline: '20 clients', goal: '≤ 50 ms', met: within(hundredK.stats, 50), lever: queueing });
	if (tenK) out.push({ metric: `Authority page p95 at ${tenK.initiatives} initiatives`, value: latency(tenK.page), baseline: '20 clients', goal: '≤ 25 ms', met: within(tenK.page, 25), lever: pageLever });
	if (hundredK) out.push({ metric: `Authority page p95 at ${hundredK.initiatives} initiatives`, value: latency(hundredK.page), baseline: '20 clients', goal: '≤ 50 ms', met: within(hundredK.page, 50), lever: pageLever });
	if (first && last && last !== first) {
		const growth = Math.max(last.stats.p95 / first.stats.p95, last.page.p95 / first.page.p95);
		out.push({ metric: `p95 growth ${first.initiatives} → ${last.initiatives} initiatives (worse of API and page)`, value: `${f(growth, 2)}×`, baseline: `stats ${f(first.stats.p95, 0)} → ${f(last.stats.p95, 0)} ms; page ${f(first.page.p95, 0)} → ${f(last.page.p95, 0)} ms`, goal: '≤ 3×', met: growth <= 3, lever: `${queueing} For pages, ${pageLever}` });
	}
	out.push({ metric: 'SSR throughput, /authorities/[code]', value: `${f(r.ssr.pageRps, 0)} req/s`, baseline: `static asset ${f(r.ssr.assetRps, 0)} req/s`, goal: 'ratio ≥ 0.5', met: r.ssr.ratio >= 0.5, lever: `ratio ${f(r.ssr.ratio, 2)}: the cached page is answered from handle in hooks.server.ts; what is left is SvelteKit's request handling before handle, so serve hits earlier (in scripts/serve.ts, before SvelteKit) if it matters.` });
	const loadErrors = r.load.pages.errors + r.load.stats.errors + r.load.writes.errors;
	out.push({ metric: 'Load 60 s: 50 readers + 5 writers, errors', value: String(loadErrors), baseline: `${r.load.pages.requests + r.load.stats.requests} reads, ${r.load.writes.requests} writes`, goal: '0', met: loadErrors === 0, lever: 'see which endpoint failed in results.json.' });
	out.push({ metric: 'Load: read p95 (pages / stats API)', value: `${f(r.load.pages.p95, 0)} / ${f(r.load.stats.p95, 0)} ms`, baseline: `peak RSS PocketBase ${f(r.load.peakRssMiB.pocketbase, 0)} MiB, app ${f(r.load.peakRssMiB.app, 0)} MiB`, goal: 'within the API goal (≤ 50 ms)', met: Math.max(r.load.pages.p95, r.load.stats.p95) <= 50, lever: `${queueing}${busy(r)} Next: run PocketBase and the app on separate cores, or the app with one process per core.` });
	return out;
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
		...(r.ssr.uncachedPageRps === undefined ? [] : [`- Throughput with 10 clients (seed data): ${f(r.ssr.uncachedPageRps, 0)} req/s, ratio ${f(r.ssr.uncachedPageRps / r.ssr.assetRps, 2)} to the static asset.`]),
		''
	];
}

/** Beside the goals: what the explorer's HTML weighs as rendered and as sent (scripts/lib/compressResponses.ts). */
function pageWeight(r: Results): string[] {
	const page = r.payload.page;
	if (!page) return [];
	return ['## Page weight', '', `The explorer's HTML (${page.path}, which carries the register and the initiatives): ${f(page.renderedKiB)} KiB as rendered, ${f(page.sentKiB)} KiB as a browser receives it (${page.encoding}).`, ''];
}

export function renderSummary(r: Results): string {
	const table = rows(r);
	const missed = table.filter((row) => !row.met);
	return [
		'# Benchmarks',
		'',
		`Last full run: ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} cores (${r.machine.cpu ?? 'unknown CPU'}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, headless Chromium with SwiftShader. Produced by \`npm run bench\` (tests/bench/run.ts); raw figures in tests/bench/results.json. Every metric is measured beside its baseline in the same run, because these machines are shared and noisy.`,
		'',
		'| metric | value | baseline (same run) | goal | met |',
		'| --- | --- | --- | --- | --- |',
		...table.map((row) => `| ${row.metric} | ${row.value} | ${row.baseline} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`),
		'',
		missed.length ? '## Missed goals and the next lever' : '## All goals met',
		'',
		...missed.map((row) => `- **${row.metric}**: ${row.value} against ${row.goal}; ${row.lever}`),
		'',
		...recolourPhases(r),
		...uncached(r),
		...pageWeight(r)
	].join('\n');
}
