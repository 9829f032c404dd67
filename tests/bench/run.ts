// `npm run bench`: every performance target of issue 8 measured beside its baseline in one run, written to
// tests/bench/results.json (machine-readable) and BENCHMARKS.md (summary). `--quick` shrinks sizes and
// durations for a smoke run and writes only tests/bench/results.quick.json (gitignored).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { appBuildIsStale } from '../../scripts/lib/appBuild.ts';
import { root } from '../../scripts/lib/binary.ts';
import { startSeededPocketBase } from '../support/seededPocketBase.ts';
import { startAppServer } from '../support/appServer.ts';
import { apiScaling, sampleCodes } from './apiScaling.ts';
import { loadTest } from './load.ts';
import { allowManyClientsFromOneAddress } from './oneAddressManyClients.ts';
import { mapFloor } from './mapFloor.ts';
import { mapTimings } from './mapTimings.ts';
import { boundaryPayload, pagePayload, scriptPayload } from './payload.ts';
import { renderSummary } from './renderSummary.ts';
import { ssrThroughput } from './ssr.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const quick = process.argv.includes('--quick');
if (appBuildIsStale()) spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const pb = await startSeededPocketBase();
await allowManyClientsFromOneAddress(pb.admin);
const app = await startAppServer(pb.url, pb.superuser);
const browser = await chromium.launch(chromiumLaunchOptions);
const stopLater: (() => Promise<void>)[] = [];
try {
	const codes = sampleCodes(pb.register);
	console.log('map readiness and recolour ...');
	const map = await mapTimings(browser, app.url, quick ? 3 : 9);
	console.log('the floor: a bare MapLibre page ...');
	const floor = await mapFloor(browser, quick ? 3 : 9);
	console.log('payload ...');
	const payload = { boundaries: boundaryPayload(), scripts: await scriptPayload(browser, app.url), page: await pagePayload(app.url) };
	console.log('SSR throughput ...');
	const ssr = await ssrThroughput(app.url, codes, quick ? 3 : 10);
	console.log('API scaling ...');
	const { points: scaling, running } = await apiScaling(pb, app.url, quick ? [200, 1000, 2000] : [1000, 10000, 100000], quick ? 3 : 10);
	stopLater.push(() => running.stop());
	console.log('load (50 readers, 5 writers) ...');
	const load = await loadTest(pb, app.url, codes, { pocketbase: running.child.pid!, app: app.pid }, quick ? 10 : 60);
	const results = {
		date: new Date().toISOString(),
		machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
		quick,
		map: { ...map, floor },
		payload,
		ssr,
		scaling,
		load
	};
	writeFileSync(join(root, quick ? 'tests/bench/results.quick.json' : 'tests/bench/results.json'), JSON.stringify(results, null, '\t') + '\n');
	if (!quick) writeFileSync(join(root, 'BENCHMARKS.md'), renderSummary(results));
	console.log(renderSummary(results));
} finally {
	await browser.close();
	await app.stop();
	for (const stop of stopLater) await stop();
	await pb.stop();
}
