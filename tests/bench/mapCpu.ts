// `node tests/bench/mapCpu.ts --url http://… [--runs N] [--paths /?vintage=2012,/fixtures/blank-map]`: CPU time
// (thread time of top-level tasks, from a Chrome trace) per process/thread and per step of a map page's load,
// the steps cut by the map's User Timing marks (map:*, see MapContext). Wall-clock timings on this shared
// 2-core machine swing with whatever else runs; CPU time shows where the work is, whatever the load.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const arg = (name: string) => {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
};
const url = arg('--url') ?? 'http://127.0.0.1:3000';
const runs = Number(arg('--runs') ?? 3);
const paths = (arg('--paths') ?? '/?vintage=2012,/fixtures/blank-map').split(',');
const dir = mkdtempSync(join(tmpdir(), 'map-cpu-'));
const browser = await chromium.launch(chromiumLaunchOptions);

interface Trace {
	phases: { name: string; from: number; to: number }[];
	cpu: Record<string, Record<string, number>>;
	readyAt: number;
}

async function traceOnce(path: string): Promise<Trace> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(() => {
		(window as unknown as { __enableMapTestHook: boolean }).__enableMapTestHook = true;
		new MutationObserver((_, observer) => {
			if (document.body?.dataset.started) {
				performance.mark('app:hydrated');
				observer.disconnect();
			}
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-started'] });
	});
	const file = join(dir, 'trace.json');
	await browser.startTracing(page, { path: file, categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
	await page.goto(url + path, { waitUntil: 'commit' });
	const ready = () => {
		const hook = window.__mapTestHook;
		const code = hook?.codes()[0];
		return (hook && code && hook.idle() && hook.featureState(code).fill) || Number(document.body.dataset.mapReadyAt) ? performance.now() : false;
	};
	const readyAt = (await (await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 })).jsonValue()) as number;
	const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
	const firstByte = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStart);
	await browser.stopTracing();
	await context.close();

	const events: { ph: string; name: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args: { name?: string } }[] = (
		JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: typeof events }
	).traceEvents;
	const threads = new Map<string, string>();
	const processes = new Map<number, string>();
	for (const e of events) {
		if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name!);
		if (e.ph === 'M' && e.name === 'process_name') processes.set(e.pid, e.args.name!);
	}
	const start = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
	const points = ([['first-byte', firstByte], ...Object.entries(marks), ['ready', readyAt]] as [string, number][]).sort((a, b) => a[1] - b[1]);
	const phases = points.map(([name, at], i) => ({ name: `→${name}`, from: i === 0 ? 0 : points[i - 1][1], to: at }));
	const cpu: Trace['cpu'] = {};
	const tasks = events
		.filter((e) => e.ph === 'X' && e.tdur !== undefined && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask'))
		.sort((a, b) => a.ts - b.ts);
	const ends = new Map<string, number>();
	for (const e of tasks) {
		const id = `${e.pid}:${e.tid}`;
		if (e.ts < (ends.get(id) ?? -1)) continue; // nested in the previous top-level task of its thread
		ends.set(id, e.ts + e.dur!);
		// Threads of a pool share a name: their time is added up under it.
		const thread = `${processes.get(e.pid)}/${threads.get(id)}`;
		const at = (e.ts - start) / 1000;
		const phase = phases.find((p) => at >= p.from && at < p.to)?.name;
		if (!phase) continue;
		(cpu[thread] ??= {})[phase] = (cpu[thread][phase] ?? 0) + e.tdur! / 1000;
	}
	return { phases, cpu, readyAt };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
try {
	for (const path of paths) {
		const traces: Trace[] = [];
		for (let i = 0; i < runs; i++) traces.push(await traceOnce(path));
		const phaseNames = [...new Set(traces.flatMap((t) => t.phases.map((p) => p.name)))];
		const threadNames = [...new Set(traces.flatMap((t) => Object.keys(t.cpu)))];
		console.log(`\n${path}: ready ${traces.map((t) => t.readyAt.toFixed(0)).join(', ')} ms`);
		console.log(
			`steps (last run): ${traces
				.at(-1)!
				.phases.map((p) => `${p.name} @${p.to.toFixed(0)}`)
				.join('  ')}`
		);
		console.log('CPU ms, median of runs'.padEnd(40), 'total'.padStart(6), ...phaseNames.map((p) => p.padStart(15)));
		const rows = threadNames
			.map((thread) => ({
				thread,
				total: median(traces.map((t) => Object.values(t.cpu[thread] ?? {}).reduce((sum, v) => sum + v, 0))),
				steps: phaseNames.map((p) => median(traces.map((t) => t.cpu[thread]?.[p] ?? 0)))
			}))
			.filter((row) => row.total >= 5)
			.sort((a, b) => b.total - a.total);
		for (const row of rows)
			console.log(row.thread.slice(0, 40).padEnd(40), row.total.toFixed(0).padStart(6), ...row.steps.map((v) => v.toFixed(0).padStart(15)));
	}
} finally {
	await browser.close();
	rmSync(dir, { recursive: true, force: true });
}
