// One real PocketBase per test file: migrations applied, superuser signed in, the real seed loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { startPocketBase } from '../../scripts/lib/pocketbase.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import type { Authority } from '#lib/domain/authority.ts';
import { readRegister } from '#lib/server/register.ts';
import { seed, type SeedResult } from '#lib/server/seed.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';

export interface SeededPocketBase {
	url: string;
	/** Its superuser's credentials (the app server and restarts need them). */
	superuser: { email: string; password: string };
	admin: PocketBase;
	/** A fresh client with no auth, as the public is. */
	anonymous(): PocketBase;
	register: Authority[];
	seeded: SeedResult;
	dataDir: string;
	pid: number;
	stop(): Promise<void>;
	/** Stops PocketBase but keeps its data folder, to restart it on the same port (outage tests). */
	stopKeepingData(): Promise<void>;
}

/** `binary`: another PocketBase binary than the configured one (scripts/lib/pocketbase.ts). */
export async function startSeededPocketBase(options: { binary?: string } = {}): Promise<SeededPocketBase> {
	const superuser = { email: 'superuser@test.invalid', password: 'integration-tests' };
	const dataDir = mkdtempSync(join(tmpdir(), 'map-pb-test-'));
	const pb = await startPocketBase({ port: await freePort(), dataDir, superuser, output: 'ignore', binary: options.binary });
	try {
		const admin = await superuserClient({ url: pb.url, ...superuser });
		const register = await readRegister();
		const seeded = await seed(admin, register);
		return {
			url: pb.url,
			superuser,
			admin,
			anonymous: () => {
				const client = new PocketBase(pb.url);
				client.autoCancellation(false);
				return client;
			},
			register,
			seeded,
			dataDir,
			pid: pb.child.pid!,
			stopKeepingData: () => pb.stop(),
			async stop() {
				await pb.stop();
				rmSync(dataDir, { recursive: true, force: true });
			}
		};
	} catch (error) {
		await pb.stop();
		throw error;
	}
}
