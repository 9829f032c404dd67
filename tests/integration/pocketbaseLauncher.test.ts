// The launcher (pocketbase/main.go) as the scripts run it: with credentials that look like command-line
// flags (the test harness and the development start generate random base64url passwords, and one in 64
// of those starts with "-"), and from a clone under the temp folder, as on CI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildPocketBase } from '../../scripts/lib/binary.ts';
import { startPocketBase, type PocketBaseProcess } from '../../scripts/lib/pocketbase.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'map-pb-launcher-'));
let running: PocketBaseProcess | undefined;

afterAll(async () => {
	await running?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

it('starts with a superuser password that begins with a dash, and that password signs in', async () => {
	const superuser = { email: 'superuser@test.invalid', password: '-mUKsTmsLG0czxZgcCdidrJq' };
	running = await startPocketBase({ port: await freePort(), dataDir, superuser, output: 'ignore' });
	const client = await superuserClient({ url: running.url, ...superuser });
	expect(client.authStore.isValid).toBe(true);
});

it('stays out of dev mode when its binary lies under the temp folder, so it does not print every SQL statement', () => {
	// Stock pocketbase.New() takes a binary under the temp folder for `go run` and turns dev mode on.
	const folder = mkdtempSync(join(tmpdir(), 'map-pb-binary-'));
	try {
		const binary = join(folder, 'pocketbase');
		symlinkSync(
			buildPocketBase(() => {}),
			binary
		);
		const run = spawnSync(binary, [`--dir=${join(folder, 'data')}`, `--migrationsDir=${join(folder, 'none')}`, 'migrate', 'up'], {
			encoding: 'utf8'
		});
		expect(run.status).toBe(0);
		expect(run.stdout + run.stderr).not.toMatch(/\[\d+\.\d+ms\] (SELECT|CREATE|INSERT)/);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
