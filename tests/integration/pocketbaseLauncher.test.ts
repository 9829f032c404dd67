// Starting PocketBase with credentials that look like command-line flags: the test harness and the
// development start generate random base64url passwords, and one in 64 of those starts with "-".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
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
