// `npm start` keeps the site up when PocketBase dies: PocketBase killed with SIGKILL five times during a
// stream of writes comes back by itself, pages answer again within 5 s each time, no acknowledged write
// is lost, and SIGTERM still stops everything.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';

const superuser = { email: 'superuser@test.invalid', password: 'supervisor-tests' };
let launcher: ChildProcess | null = null;

afterAll(() => {
	if (launcher && launcher.exitCode === null) launcher.kill('SIGTERM');
});

/** Processes whose parent is `pid`, with their command names (from /proc). */
function childrenOf(pid: number): { pid: number; name: string }[] {
	const found: { pid: number; name: string }[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (parent === pid) found.push({ pid: Number(entry), name });
		} catch {
			// the process ended while we looked
		}
	}
	return found;
}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it(
	'restarts PocketBase killed five times during writes: pages back within 5 s, no acknowledged write lost, SIGTERM stops all',
	{ timeout: 180_000 },
	async () => {
		const [appPort, pbPort] = [await freePort(), await freePort()];
		const child = spawn(process.execPath, ['scripts/start.ts'], {
			env: {
				...process.env,
				APP_ENV: 'test',
				APP_PORT: String(appPort),
				PB_PORT: String(pbPort),
				PB_DATA_DIR: '',
				PB_SUPERUSER_EMAIL: superuser.email,
				PB_SUPERUSER_PASSWORD: superuser.password
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		launcher = child;
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		for (let i = 0; i < 1200 && !output.includes('The map is ready'); i++) await sleep(100);
		expect(output).toContain('The map is ready');

		const page = `http://127.0.0.1:${appPort}/authorities/E09000033`;
		const pb = await superuserClient({ url: `http://127.0.0.1:${pbPort}`, email: superuser.email, password: superuser.password });
		const acknowledged: string[] = [];
		let writing = true;
		const writer = async (lane: number) => {
			for (let i = 0; writing; i++) {
				const slug = `supervised_${lane}_${i}`;
				try {
					await pb.collection('categories').create({ slug, name: `Supervised ${lane} ${i}` });
					acknowledged.push(slug);
				} catch {
					await sleep(50); // PocketBase is down: try the next one
				}
			}
		};
		const writers = [0, 1].map(writer);

		const recoveries: number[] = [];
		for (let round = 0; round < 5; round++) {
			await sleep(700);
			const pocketbase = childrenOf(child.pid!).find((p) => p.name === 'pocketbase');
			expect(pocketbase, 'PocketBase runs under the launcher').toBeDefined();
			const before = acknowledged.length;
			process.kill(pocketbase!.pid, 'SIGKILL');
			const killedAt = Date.now();
			let status = 0;
			while (Date.now() - killedAt < 15_000) {
				status = await fetch(page).then(
					(r) => r.status,
					() => 0
				);
				if (status === 200 && Date.now() - killedAt > 50) break;
				await sleep(100);
			}
			recoveries.push(Date.now() - killedAt);
			expect(status).toBe(200);
			expect(child.exitCode, 'the launcher is still running').toBeNull();
			expect(before).toBeGreaterThanOrEqual(round);
		}
		writing = false;
		await Promise.all(writers);
		expect(
			recoveries.every((ms) => ms < 5000),
			`recoveries: ${recoveries.join(', ')} ms`
		).toBe(true);

		expect(acknowledged.length).toBeGreaterThan(10);
		const stored = new Set(
			(await pb.collection('categories').getFullList({ filter: 'slug ~ "supervised_"', fields: 'slug', batch: 1000 })).map((r) => r.slug as string)
		);
		expect(acknowledged.filter((slug) => !stored.has(slug))).toEqual([]);

		const processes = childrenOf(child.pid!).map((p) => p.pid);
		expect(processes.length).toBeGreaterThanOrEqual(2);
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
		expect(processes.filter(alive)).toEqual([]);
		expect(
			await fetch(page).then(
				(r) => r.status,
				() => 0
			)
		).toBe(0);
	}
);
