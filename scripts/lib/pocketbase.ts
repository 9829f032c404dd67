// Starts a real PocketBase process (migrations applied, superuser upserted) and stops it cleanly.
// Used by the start command, the test harness and the benchmarks alike.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildPocketBase, root } from './binary.ts';
import { ConfigError } from './config.ts';
import { buildHookBundle } from './hookBundle.ts';
import { portIsFree } from './ports.ts';
import { pocketBaseEnv, pocketBaseHooksPool } from './processMemory.ts';

export interface PocketBaseProcess {
	url: string;
	child: ChildProcess;
	stop(): Promise<void>;
}

export interface PocketBaseOptions {
	port: number;
	dataDir: string;
	superuser: { email: string; password: string };
	/** Where PocketBase's own output goes: the terminal, or nowhere (tests). */
	output?: 'inherit' | 'ignore';
	/** Restart when a pb_hooks file changes (npm run dev). */
	watchHooks?: boolean;
	/** Other migration and hook folders than the project's (migration tests start from an older schema). */
	migrationsDir?: string;
	hooksDir?: string;
	/** Another PocketBase binary than the configured one (the parity test runs a stock build beside the launcher). */
	binary?: string;
}

function paths({ dataDir, migrationsDir, hooksDir }: PocketBaseOptions): string[] {
	return [
		`--dir=${dataDir}`,
		`--migrationsDir=${migrationsDir ?? join(root, 'pb_migrations')}`,
		`--hooksDir=${hooksDir ?? join(root, 'pb_hooks')}`,
		// A stock binary (POCKETBASE_BIN, the parity test's) turns on dev mode when it lies under the temp
		// folder, as in a clone under /tmp, and prints every SQL statement: more than a migration's output
		// buffer holds. The launcher defaults to off already (pocketbase/main.go).
		'--dev=false'
	];
}

export async function startPocketBase(options: PocketBaseOptions): Promise<PocketBaseProcess> {
	const binary = options.binary ?? buildPocketBase();
	if (!(await portIsFree(options.port))) {
		throw new ConfigError(`Port ${options.port} is already in use: stop what is using it or set PB_PORT to another port.`);
	}
	mkdirSync(options.dataDir, { recursive: true });
	await buildHookBundle();
	// After "--" the e-mail and password are never read as flags: a generated password may start with "-".
	for (const args of [
		['migrate', 'up'],
		['superuser', 'upsert', '--', options.superuser.email, options.superuser.password]
	]) {
		const run = spawnSync(binary, [...paths(options), ...args], { encoding: 'utf8' });
		if (run.status !== 0) {
			throw new ConfigError(`PocketBase ${args[0]} failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`);
		}
	}
	const url = `http://127.0.0.1:${options.port}`;
	const child = spawn(
		binary,
		[
			'serve',
			`--http=127.0.0.1:${options.port}`,
			`--hooksWatch=${options.watchHooks ? 'true' : 'false'}`,
			`--hooksPool=${pocketBaseHooksPool}`,
			...paths(options)
		],
		{ stdio: ['ignore', options.output ?? 'inherit', options.output ?? 'inherit'], env: pocketBaseEnv() }
	);
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
		await exited;
		clearTimeout(timer);
	};
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new ConfigError(`PocketBase exited during start (code ${child.exitCode}).`);
		try {
			const response = await fetch(`${url}/api/health`);
			if (response.ok) return { url, child, stop };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	await stop();
	throw new ConfigError(`PocketBase did not answer on ${url} within 30 s.`);
}
