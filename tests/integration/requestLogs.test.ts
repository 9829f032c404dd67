// PocketBase's request log keeps failures, not every successful read (pb_migrations/1795900200_*).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
beforeAll(async () => {
	pb = await startSeededPocketBase();
}, 120_000);
afterAll(() => pb?.stop());

it('logs a failed request but not a successful one', async () => {
	const marker = `marker${Date.now()}`;
	const ok = await fetch(`${pb.url}/api/collections/authorities/records?perPage=1&filter=${encodeURIComponent(`code!='${marker}'`)}`);
	const missing = await fetch(`${pb.url}/api/collections/${marker}/records`);
	expect([ok.status, missing.status]).toEqual([200, 404]);
	// PocketBase writes its logs in batches, at most 3 s after the last one.
	const logged = async () => (await pb.admin.logs.getList(1, 50, { filter: `message ~ '${marker}'` })).items.map((log) => log.data.status as number);
	await expect.poll(logged, { timeout: 10_000, interval: 500 }).toEqual([404]);
	await new Promise((resolve) => setTimeout(resolve, 3500));
	expect(await logged()).toEqual([404]);
}, 30_000);
