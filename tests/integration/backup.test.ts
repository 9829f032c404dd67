// Backup → restore round trip against a real PocketBase: after changes made since the backup, restoring
// it brings back exactly the records it holds, in every collection.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupName, createBackup } from '../../scripts/backup.ts';
import { restoreBackup } from '../../scripts/restore.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';
import { createUser } from '../support/users.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
const dir = mkdtempSync(join(tmpdir(), 'map-backups-'));
const login = () => ({ url: pb.url, ...pb.superuser });

beforeAll(async () => {
	pb = await startSeededPocketBase();
});
afterAll(async () => {
	await pb?.stop();
	rmSync(dir, { recursive: true, force: true });
});

/**
 * Every record of every collection (views included), as JSON, by collection and id. Read with the one
 * superuser session the backup also holds: a new sign-in would itself touch _authOrigins.
 */
async function snapshot(): Promise<string> {
	const admin = pb.admin;
	const collections = await admin.collections.getFullList({ sort: 'name' });
	const parts: string[] = [];
	for (const collection of collections) {
		const records = await admin.collection(collection.name).getFullList({ sort: 'id', batch: 1000, requestKey: null });
		parts.push(`${collection.name} ${JSON.stringify(records)}`);
	}
	return parts.join('\n');
}

it('names backups as PocketBase requires', () => {
	expect(backupName(new Date('2026-03-04T05:06:07.890Z'))).toBe('map-2026-03-04-05-06-07.zip');
});

it('restores exactly the data the backup holds', { timeout: 60_000 }, async () => {
	await createUser(pb.admin, { email: 'before-backup@test.invalid', role: 'editor' });
	const before = await snapshot();
	const file = await createBackup(pb.admin, dir);
	expect(statSync(file).size).toBeGreaterThan(1000);

	const initiative = await pb.admin.collection('initiatives').getFirstListItem('', { sort: 'slug' });
	await pb.admin.collection('initiatives').delete(initiative.id);
	await pb.admin
		.collection('programmes')
		.update((await pb.admin.collection('programmes').getFirstListItem('')).id, { name: 'Changed after the backup' });
	await createUser(pb.admin, { email: 'after-backup@test.invalid', role: 'contributor' });
	expect(await snapshot()).not.toBe(before);

	// As on a fresh server: the backup is uploaded from the file, not found on the server.
	const admin = await superuserClient(login());
	await admin.backups.delete(file.split('/').at(-1)!);
	await restoreBackup(login(), file);
	expect(await snapshot()).toBe(before);
	expect(existsSync(file)).toBe(true);
});
