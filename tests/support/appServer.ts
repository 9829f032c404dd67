// Starts the built app (scripts/serve.ts) against a given PocketBase, for tests that need the real
// server but must control PocketBase themselves (outages, malformed requests).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/binary.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { appNodeFlags } from '../../scripts/lib/processMemory.ts';
import { startSeededPocketBase, type SeededPocketBase } from './seededPocketBase.ts';
import { password } from './users.ts';

export interface AppServer {
	url: string;
	pid: number;
	stop(): Promise<void>;
}

/** The built app against the PocketBase at `pbUrl`, in the test environment unless `env` says otherwise. */
export async function startAppServer(
	pbUrl: string,
	superuser: { email: string; password: string },
	env: Record<string, string> = {}
): Promise<AppServer> {
	if (!existsSync(join(root, 'build/handler.js'))) throw new Error('The app is not built: npm test builds it first (or run npm run build:app).');
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [...appNodeFlags, join(root, 'scripts/serve.ts')], {
		env: {
			...process.env,
			APP_ENV: 'test',
			PB_URL: pbUrl,
			PUBLIC_PB_URL: pbUrl,
			PB_SUPERUSER_EMAIL: superuser.email,
			PB_SUPERUSER_PASSWORD: superuser.password,
			APP_ORIGIN: url,
			HOST: '127.0.0.1',
			PORT: String(port),
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exited;
	};
	for (let tries = 0; tries < 200; tries++) {
		try {
			await fetch(`${url}/health`);
			return { url, pid: child.pid!, stop };
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	await stop();
	throw new Error(`The app did not start on ${url}`);
}

/** A seeded PocketBase and the built app against it; `stop` stops both, the app first. */
export async function startSeededApp(env: Record<string, string> = {}): Promise<{ pb: SeededPocketBase; app: AppServer; stop: () => Promise<void> }> {
	const pb = await startSeededPocketBase();
	try {
		const app = await startAppServer(pb.url, pb.superuser, env);
		return {
			pb,
			app,
			async stop() {
				await app.stop();
				await pb.stop();
			}
		};
	} catch (error) {
		await pb.stop();
		throw error;
	}
}

/**
 * Signs in through the app's own form, as a browser without JavaScript does, and returns the session cookie
 * (`pb_auth=...`) to send with later requests.
 */
export async function signInToApp(appUrl: string, email: string, secret = password): Promise<string> {
	const response = await fetch(`${appUrl}/signin`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: appUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: secret, redirect: '/edit' })
	});
	if (response.status !== 303) throw new Error(`Signing in ${email} through the app answered ${response.status}, not 303.`);
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pb_auth='));
	if (!cookie) throw new Error(`Signing in ${email} through the app set no pb_auth cookie.`);
	return cookie.split(';')[0];
}
