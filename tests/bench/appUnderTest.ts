// For the map runners (mapOnly, mapProfile): their command-line options, and the app they measure: the one
// at --url, or else a fresh build (when stale) served against its own seeded PocketBase.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { appBuildIsStale } from '../../scripts/lib/appBuild.ts';
import { root } from '../../scripts/lib/binary.ts';
import { startSeededPocketBase } from '../support/seededPocketBase.ts';
import { startAppServer } from '../support/appServer.ts';

/** The value after `--name` on the command line, if given. */
export function option(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function appUnderTest(url = option('--url')): Promise<{ url: string; stop(): Promise<void> }> {
	if (url) return { url, stop: async () => {} };
	if (appBuildIsStale())
		spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
	const pb = await startSeededPocketBase();
	const app = await startAppServer(pb.url, pb.superuser);
	return {
		url: app.url,
		async stop() {
			await app.stop();
			await pb.stop();
		}
	};
}
