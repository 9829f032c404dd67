// `npm run bench`: every performance target of issues 8 and 17 measured beside its baseline in one run,
// written to tests/bench/results.json (machine-readable) and BENCHMARKS.md (summary). `--quick` shrinks
// sizes and durations for a smoke run and writes only tests/bench/results.quick.json (gitignored).
// `--only routes,mixed,...` runs some sections and merges them into the last results (each section keeps
// the date it was measured); sections: map, payload, ssr, routes, mixed, beyond, import, tree, scaling.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { appBuildIsStale } from '../../scripts/lib/appBuild.ts';
import { root } from '../../scripts/lib/binary.ts';
import { startSeededPocketBase } from '../support/seededPocketBase.ts';
import { startAppServer } from '../support/appServer.ts';
import { apiScaling, sampleCodes } from './apiScaling.ts';
import { appWriter } from './appWriter.ts';
import { startCachingProxy } from './cachingProxy.ts';
import { importTiming } from './importTiming.ts';
import { loadTest } from './load.ts';
import { npmStartTree, peakMiB, resetPeak, rssMiB } from './memory.ts';
import { mixedLoad } from './mixedLoad.ts';
import { allowManyClientsFromOneAddress } from './oneAddressManyClients.ts';
import { mapFloor } from './mapFloor.ts';
import { mapTimings } from './mapTimings.ts';
import { boundaryPayload, pagePayload, scriptPayload } from './payload.ts';
import { seededUrls } from './publicUrls.ts';
import { renderSummary } from './renderSummary.ts';
import { routeTimings } from './routeTimings.ts';
import { ssrThroughput } from './ssr.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1].split(',') : null;
const want = (section: string) => !only || only.includes(section);
const resultsFile = join(root, quick ? 'tests/bench/results.quick.json' : 'tests/bench/results.json');
if (appBuildIsStale())
	spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const results: Record<string, unknown> =
	only && existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
const dates = (results.dates ?? {}) as Record<string, string>;
const record = (section: string, value: Record<string, unknown>) => {
	Object.assign(results, value);
	dates[section] = new Date().toISOString();
};
/** How busy the machine was (other agents share it): the 1-minute load average at each section's start. */
const loads = (results.loadAverage ?? {}) as Record<string, number>;
const section = (name: string, what: string) => {
	loads[name] = loadavg()[0];
	console.log(`${what} (load average ${loads[name].toFixed(1)}) ...`);
};

const pb = await startSeededPocketBase();
await allowManyClientsFromOneAddress(pb.admin);
const app = await startAppServer(pb.url, pb.superuser);
// What each server holds before its first request: the floor under the idle and peak figures.
const fresh = { pocketbase: rssMiB(pb.pid), app: rssMiB(app.pid) };
const browser = want('map') || want('payload') ? await chromium.launch(chromiumLaunchOptions) : null;
const stopLater: (() => Promise<void>)[] = [];
try {
	const codes = sampleCodes(pb.register);
	const { urls, writerSlugs } = await seededUrls(pb);
	const writer = await appWriter(pb, app.url, 'main');
	if (want('map')) {
		section('map', 'map readiness and recolour');
		const map = await mapTimings(browser!, app.url, quick ? 3 : 9);
		section('floor', 'the floor: a bare MapLibre page');
		record('map', { map: { ...map, floor: await mapFloor(browser!, quick ? 3 : 9) } });
	}
	if (want('payload')) {
		section('payload', 'payload');
		record('payload', {
			payload: { boundaries: boundaryPayload(), scripts: await scriptPayload(browser!, app.url), page: await pagePayload(app.url) }
		});
	}
	if (want('ssr')) {
		section('ssr', 'SSR throughput');
		record('ssr', { ssr: await ssrThroughput(app.url, codes, quick ? 3 : 10) });
	}
	if (want('routes')) {
		section('routes', 'each public route, one client');
		record('routes', {
			routes: await routeTimings(app.url, urls, writer, writerSlugs, { samples: quick ? 40 : 200, edits: quick ? 3 : 7 }),
			page: await pagePayload(app.url),
			tablePage: await pagePayload(app.url, '/?vintage=2024&view=table')
		});
	}
	if (want('mixed')) {
		await new Promise((resolve) => setTimeout(resolve, 5000));
		const idle = { pocketbase: rssMiB(pb.pid), app: rssMiB(app.pid) };
		section('mixed', 'mixed load (50 readers over every public route, 5 writers through the app)');
		resetPeak(pb.pid);
		resetPeak(app.pid);
		const mixed = await mixedLoad({
			appUrls: [app.url],
			urls,
			writer,
			writerSlugs,
			pids: { pocketbase: pb.pid, app: app.pid },
			seconds: quick ? 10 : 60
		});
		record('mixed', { mixed, memory: { freshMiB: fresh, idleMiB: idle, peakMiB: { pocketbase: peakMiB(pb.pid), app: peakMiB(app.pid) } } });
	}
	if (want('beyond')) {
		section('beyond', 'two app processes against one PocketBase');
		const second = await startAppServer(pb.url, pb.superuser);
		try {
			const twoApps = await mixedLoad({
				appUrls: [app.url, second.url],
				urls,
				writer,
				writerSlugs,
				pids: { pocketbase: pb.pid, app: app.pid, app2: second.pid },
				seconds: quick ? 10 : 30
			});
			record('beyond', { beyond: { ...(results.beyond ?? {}), twoApps } });
		} finally {
			await second.stop();
		}
		const proxy = await startCachingProxy(app.url, mkdtempSync(join(tmpdir(), 'bench-nginx-')));
		if (proxy) {
			section('proxy', 'behind a caching reverse proxy (nginx)');
			try {
				const behindProxy = await mixedLoad({
					appUrls: [proxy.url],
					urls,
					writer,
					writerSlugs,
					pids: { pocketbase: pb.pid, app: app.pid, proxy: proxy.pid },
					seconds: quick ? 10 : 30
				});
				record('beyond', { beyond: { ...(results.beyond as object), behindProxy: { ...behindProxy, cache: proxy.statuses() } } });
			} finally {
				await proxy.stop();
			}
		}
	}
	if (want('import')) {
		section('import', 'import: confirming a CSV');
		const own = await startSeededPocketBase();
		try {
			record('import', { import: await importTiming(own, quick ? [40, 100] : [40, 500]) });
		} finally {
			await own.stop();
		}
	}
	if (want('tree')) {
		section('tree', 'the npm start process tree');
		record('tree', { tree: await npmStartTree(quick ? 3 : 10) });
	}
	if (want('scaling')) {
		section('scaling', 'API scaling');
		const { points: scaling, running } = await apiScaling(pb, app.url, quick ? [200, 1000, 2000] : [1000, 10000, 100000], quick ? 3 : 10);
		stopLater.push(() => running.stop());
		section('load', 'load on council pages and the stats API (50 readers, 5 writers)');
		record('scaling', { scaling, load: await loadTest(pb, app.url, codes, { pocketbase: running.child.pid!, app: app.pid }, quick ? 10 : 60) });
	}
	Object.assign(results, {
		date: new Date().toISOString(),
		machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
		quick,
		dates,
		loadAverage: loads
	});
	writeFileSync(resultsFile, JSON.stringify(results, null, '\t') + '\n');
	if (!quick) writeFileSync(join(root, 'BENCHMARKS.md'), renderSummary(results as never));
	console.log(renderSummary(results as never));
} finally {
	await browser?.close();
	await app.stop();
	for (const stop of stopLater) await stop();
	await pb.stop();
}
