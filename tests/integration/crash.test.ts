// PocketBase killed with SIGKILL in the middle of a stream of writes: after a restart every write it
// acknowledged is there, whole, and nothing half-written appears.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startPocketBase, type PocketBaseProcess } from '../../scripts/lib/pocketbase.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';

const superuser = { email: 'superuser@test.invalid', password: 'integration-tests' };
const dataDir = mkdtempSync(join(tmpdir(), 'map-pb-crash-'));
let running: PocketBaseProcess | null = null;

afterAll(async () => {
	await running?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every acknowledged write across a SIGKILL and restart', async () => {
	const port = await freePort();
	running = await startPocketBase({ port, dataDir, superuser, output: 'ignore' });
	const pb = await superuserClient({ url: running.url, ...superuser });
	const acknowledged: string[] = [];
	let attempted = 0;
	// Four writers, each writing categories one after another until the server disappears.
	const writer = async (lane: number) => {
		for (let i = 0; ; i++) {
			const slug = `crash_${lane}_${i}`;
			attempted++;
			try {
				await pb.collection('categories').create({ slug, name: `Crash test ${lane} ${i}` });
				acknowledged.push(slug);
			} catch {
				return; // connection refused or reset: the process is gone
			}
		}
	};
	const writers = [0, 1, 2, 3].map(writer);
	await new Promise((resolve) => setTimeout(resolve, 1500));
	running.child.kill('SIGKILL');
	await Promise.all(writers);
	expect(acknowledged.length).toBeGreaterThan(20);

	running = await startPocketBase({ port, dataDir, superuser, output: 'ignore' });
	const after = await superuserClient({ url: running.url, ...superuser });
	const stored = await after.collection('categories').getFullList({ filter: 'slug ~ "crash_"', batch: 1000 });
	const bySlug = new Map(stored.map((record) => [record.slug as string, record.name as string]));
	for (const slug of acknowledged) expect(bySlug.has(slug), `acknowledged ${slug} is missing`).toBe(true);
	// Nothing half-written: every stored row is complete, and none is a write that was never attempted.
	for (const [slug, name] of bySlug) {
		const [, lane, i] = slug.split('_');
		expect(name).toBe(`Crash test ${lane} ${i}`);
	}
	expect(bySlug.size).toBeLessThanOrEqual(attempted);
});
