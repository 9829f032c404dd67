// Where the read path spends its time under the mixed load: `node tests/bench/profileReads.ts [seconds]
// [readers] [writers]` starts a seeded PocketBase and the built app under Node's CPU profiler, sends the
// mixed load's readers (publicUrls.ts, readerShares) and writers (appWriter.ts) for the given time, and
// prints per route how answers came (x-cache: hit, stale, miss, bypass) with their latency, the CPU each
// process used, and the app's functions with the most self time. Not part of `npm run bench`: a tool for
// finding what to fix, whose figures depend on how busy the machine is (the load average is printed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServer } from '../support/appServer.ts';
import { startSeededPocketBase } from '../support/seededPocketBase.ts';
import { appNodeFlags } from '../../scripts/lib/processMemory.ts';
import { appWriter } from './appWriter.ts';
import { cpuSeconds } from './cpuTime.ts';
import { pagePayload } from './payload.ts';
import { peakRssMiB } from './peakRss.ts';
import { allowManyClientsFromOneAddress } from './oneAddressManyClients.ts';
import { readerShares, seededUrls, type Route } from './publicUrls.ts';

// The app's flags are read when scripts/lib/processMemory.ts loads: run again with the profiler's added.
const profileDir = process.env.PROFILE_DIR ?? mkdtempSync(join(tmpdir(), 'app-profile-'));
if (!process.env.PROFILE_DIR) {
	const flags = `${process.env.APP_NODE_FLAGS ?? appNodeFlags.join(' ')} --cpu-prof --cpu-prof-dir=${profileDir}`;
	const run = spawnSync(process.execPath, process.argv.slice(1), {
		stdio: 'inherit',
		env: { ...process.env, PROFILE_DIR: profileDir, APP_NODE_FLAGS: flags }
	});
	process.exit(run.status ?? 1);
}
const [seconds, readers, writers] = [Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 50), Number(process.argv[4] ?? 5)];

const pb = await startSeededPocketBase();
await allowManyClientsFromOneAddress(pb.admin);
const app = await startAppServer(pb.url, pb.superuser);
try {
	const { urls, writerSlugs } = await seededUrls(pb);
	const writer = await appWriter(pb, app.url, 'profile');
	// As in the benchmark, where the one-client timings come first: every address visited once.
	const all = (Object.keys(readerShares) as Route[]).flatMap((route) => urls[route]);
	const warmStarted = performance.now();
	await Promise.all(
		Array.from({ length: 8 }, async (_, n) => {
			for (let i = n; i < all.length; i += 8) await (await fetch(app.url + all[i], { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
		})
	);
	console.log(`warm-up: ${all.length} addresses in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s`);
	const outcomes: Record<string, Record<string, number[]>> = {};
	const end = performance.now() + seconds * 1000;
	const cpuBefore = { app: cpuSeconds(app.pid), pocketbase: cpuSeconds(pb.pid), load: cpuSeconds('self') };
	const load = loadavg()[0];

	const routes = Object.entries(readerShares) as [Route, number][];
	const reader = async (route: Route, offset: number) => {
		const list = urls[route];
		for (let i = offset; performance.now() < end; i++) {
			const started = performance.now();
			let outcome: string;
			try {
				const response = await fetch(app.url + list[(i * 7919) % list.length], { headers: { 'accept-encoding': 'br' } });
				await response.arrayBuffer();
				outcome = response.ok ? (response.headers.get('x-cache') ?? 'none') : String(response.status);
			} catch (error) {
				outcome = `failed (${(error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
			}
			((outcomes[route] ??= {})[outcome] ??= []).push(performance.now() - started);
		}
	};
	const writing = async (n: number) => {
		for (let i = n; performance.now() < end; i++) {
			const slug = writerSlugs[i % writerSlugs.length];
			const started = performance.now();
			await writer.post(slug, Math.floor(i / writerSlugs.length) % 2 === 0 ? 'unpublish' : 'publish');
			((outcomes.writes ??= {}).post ??= []).push(performance.now() - started);
		}
	};
	let started = 0;
	await Promise.all([
		...routes.flatMap(([route, share]) => Array.from({ length: Math.max(1, Math.round(share * readers)) }, () => reader(route, started++))),
		...Array.from({ length: writers }, (_, n) => writing(n))
	]);
	const cpu = {
		app: cpuSeconds(app.pid) - cpuBefore.app,
		pocketbase: cpuSeconds(pb.pid) - cpuBefore.pocketbase,
		load: cpuSeconds('self') - cpuBefore.load
	};

	const pct = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
	console.log(
		`${seconds} s, ${readers} readers, ${writers} writers, load average ${load.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`
	);
	console.log(`CPU seconds: app ${cpu.app.toFixed(1)}, PocketBase ${cpu.pocketbase.toFixed(1)}, load generator ${cpu.load.toFixed(1)}`);
	console.log(
		`peak resident memory since start: app ${peakRssMiB(app.pid).toFixed(0)} MiB, PocketBase ${peakRssMiB(pb.pid).toFixed(0)} MiB (app flags: ${process.env.APP_NODE_FLAGS})`
	);
	let reads = 0;
	for (const [route, byOutcome] of Object.entries(outcomes)) {
		const line = Object.entries(byOutcome)
			.map(([outcome, times]) => `${outcome} ${times.length} (p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms)`)
			.join(', ');
		if (route !== 'writes') reads += Object.values(byOutcome).reduce((sum, times) => sum + times.length, 0);
		console.log(`  ${route}: ${line}`);
	}
	console.log(`reads ${(reads / seconds).toFixed(0)}/s`);
	const explorer = await pagePayload(app.url);
	console.log(
		`explorer page ${explorer.path}: ${explorer.renderedKiB.toFixed(1)} KiB rendered, ${explorer.sentKiB.toFixed(1)} KiB sent (${explorer.encoding})`
	);
} finally {
	await app.stop();
	await pb.stop();
}

// Self time by function (the profile's samples), with the file each is in.
interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
if (file) {
	const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
		const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(build|node_modules)\//, '$1/')}:${lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	console.log(`app profile: ${join(profileDir, file)} (${(total / 1000).toFixed(1)} s sampled); most self time:`);
	for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
}
