// `npm start` / `npm run dev`: build what is missing, start PocketBase, seed an empty database,
// start the app, print its URL, restart PocketBase if it dies; Ctrl-C stops everything. Settings: see README "Configuration".
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appBuildIsStale } from './lib/appBuild.ts';
import { buildPocketBase, root } from './lib/binary.ts';
import { ConfigError, readSettings } from './lib/config.ts';
import { portIsFree } from './lib/ports.ts';
import { appNodeFlags } from './lib/processMemory.ts';
import { superuserCredentials } from './lib/superuser.ts';
import { seedIfEmpty } from './lib/seedIfEmpty.ts';
import { supervisePocketBase } from './lib/supervisePocketBase.ts';

const dev = process.argv.includes('--dev');
const children: { stop(): Promise<void> }[] = [];
let temporaryDataDir: string | null = null;
let stopping = false;

/** Stops the children and exits, whatever happens on the way: callers need not wait for it. */
async function shutdown(code: number): Promise<never> {
	stopping = true;
	try {
		for (const child of children.reverse()) await child.stop();
		if (temporaryDataDir) rmSync(temporaryDataDir, { recursive: true, force: true });
	} finally {
		process.exit(code);
	}
}

function run(command: string, args: string[], what: string): void {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
	if (result.status !== 0) throw new ConfigError(`${what} failed (see the output above).`);
}

function stoppable(child: ChildProcess): { stop(): Promise<void> } {
	const exited = new Promise((resolve) => child.once('exit', resolve));
	return {
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGTERM');
			await exited;
		}
	};
}

async function main(): Promise<void> {
	const settings = readSettings();
	if (!(await portIsFree(settings.appPort, settings.host))) {
		throw new ConfigError(`Port ${settings.appPort} is already in use: stop what is using it or set APP_PORT to another port.`);
	}
	buildPocketBase();
	if (!existsSync(join(root, 'static/geo/manifest.json'))) run(process.execPath, ['geo/build.ts'], 'Building the boundaries (npm run build:geo)');
	if (!dev && appBuildIsStale())
		run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], 'Building the app (npm run build:app)');

	const dataDir =
		settings.env === 'test' && !process.env.PB_DATA_DIR ? (temporaryDataDir = mkdtempSync(join(tmpdir(), 'map-pb-'))) : settings.dataDir;
	const superuser = superuserCredentials(settings);
	// Supervised: a PocketBase that dies is started again while the app answers 503 (README, "Production").
	const pb = await supervisePocketBase({ port: settings.pbPort, dataDir, superuser, output: dev ? 'inherit' : 'ignore', watchHooks: dev });
	children.push(pb);
	await seedIfEmpty(pb.url, superuser);

	const env = {
		...process.env,
		APP_ENV: settings.env,
		PB_URL: pb.url,
		PUBLIC_PB_URL: process.env.PUBLIC_PB_URL || pb.url,
		PB_SUPERUSER_EMAIL: superuser.email,
		PB_SUPERUSER_PASSWORD: superuser.password,
		APP_ORIGIN: settings.origin,
		HOST: settings.host,
		PORT: String(settings.appPort)
	};
	const app = dev
		? spawn(
				process.execPath,
				[join(root, 'node_modules/vite/bin/vite.js'), 'dev', '--host', settings.host, '--port', String(settings.appPort), '--strictPort'],
				{ cwd: root, env, stdio: 'inherit' }
			)
		: spawn(process.execPath, [...appNodeFlags, join(root, 'scripts/serve.ts')], { cwd: root, env, stdio: 'inherit' });
	children.push(stoppable(app));
	app.once('exit', (code) => {
		if (stopping) return;
		console.error(`error: the app stopped (exit code ${code}).`);
		void shutdown(1);
	});

	const url = `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${settings.appPort}`;
	for (let tries = 0; tries < 600; tries++) {
		try {
			if ((await fetch(`${url}/health`)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	if (superuser.generated)
		console.log(`PocketBase superuser (development, saved in .data/superuser.json): ${superuser.email} / ${superuser.password}`);
	console.log(`PocketBase admin: ${pb.url}/_/`);
	console.log(`The map is ready at ${settings.origin}  (Ctrl-C stops it)`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
main().catch((error: unknown) => {
	console.error(`error: ${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}`);
	void shutdown(error instanceof ConfigError ? 2 : 1);
});
