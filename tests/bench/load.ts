// Load: 50 readers (authority pages and the stats API) and 5 writers (initiative updates through
// PocketBase's API) for 60 s. Goals: zero errors, read p95 within the API goal; peak RSS reported.
import type { SeededPocketBase } from '../support/seededPocketBase.ts';
import { cpuSeconds } from './cpuTime.ts';
import { measureHttp } from './measureHttp.ts';
import { peakRssMiB } from './peakRss.ts';

export async function loadTest(pb: SeededPocketBase, appUrl: string, codes: string[], pids: { pocketbase: number; app: number }, seconds = 60) {
	// A fresh superuser token: restarting PocketBase re-upserts the superuser, which invalidates old tokens.
	await pb.admin.collection('_superusers').authWithPassword(pb.superuser.email, pb.superuser.password);
	// Writers edit the real seed records (the synthetic rows were written around PocketBase, see loadSyntheticSql).
	const ids = (await pb.admin.collection('initiatives').getList(1, 200, { filter: 'slug !~ "synthetic-"', fields: 'id' })).items.map((r) => r.id);
	let n = 0;
	const processes = { pocketbase: pids.pocketbase, app: pids.app, loadGenerator: 'self' as const };
	const cpuBefore = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, cpuSeconds(pid)]));
	const started = performance.now();
	const [pages, stats, writes] = await Promise.all([
		measureHttp({ url: appUrl, paths: codes.map((code) => `/authorities/${code}`), connections: 25, seconds }),
		measureHttp({
			url: pb.url,
			paths: codes.map((code) => `/api/collections/authority_stats/records?skipTotal=1&filter=${encodeURIComponent(`code='${code}'`)}`),
			connections: 25,
			seconds
		}),
		measureHttp({
			url: pb.url,
			paths: ids.map((id) => `/api/collections/initiatives/records/${id}`),
			connections: 5,
			seconds,
			method: 'PATCH',
			headers: { 'content-type': 'application/json', authorization: pb.admin.authStore.token },
			body: () => JSON.stringify({ description: `Synthetic record, load-test edit ${n++}.` })
		})
	]);
	const wallSeconds = (performance.now() - started) / 1000;
	// Cores each process kept busy on average: the load generator (autocannon, in this process) competes too.
	const cores = Object.fromEntries(
		Object.entries(processes).map(([name, pid]) => [name, (cpuSeconds(pid) - cpuBefore[name]) / wallSeconds])
	) as Record<keyof typeof processes, number>;
	return { pages, stats, writes, cores, peakRssMiB: { pocketbase: peakRssMiB(pids.pocketbase), app: peakRssMiB(pids.app) } };
}
