// `npm run backup`: a consistent copy of the whole PocketBase data folder (records, settings, superusers),
// made by PocketBase's own backup API while it runs, downloaded to .data/backups/<timestamp>.zip.
// Restore with scripts/restore.ts; both are described in data/OPERATIONS.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type PocketBase from 'pocketbase';
import { superuserClient, superuserLoginFromEnv } from './lib/superuserClient.ts';

export const backupDir = resolve(import.meta.dirname, '../.data/backups');

/** PocketBase accepts backup names of lower-case letters, digits, _ and - ending in .zip. */
export function backupName(now: Date): string {
	return `map-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-').toLowerCase()}.zip`;
}

/** Makes a backup on the server, downloads it into `dir` and returns the file's path. */
export async function createBackup(pb: PocketBase, dir = backupDir, now = new Date()): Promise<string> {
	const name = backupName(now);
	await pb.backups.create(name, { requestKey: null });
	const token = await pb.files.getToken({ requestKey: null });
	const response = await fetch(pb.backups.getDownloadURL(token, name));
	if (!response.ok) throw new Error(`PocketBase made the backup ${name} but refused to send it (HTTP ${response.status}).`);
	mkdirSync(dir, { recursive: true });
	const file = join(dir, name);
	writeFileSync(file, new Uint8Array(await response.arrayBuffer()), { mode: 0o600 });
	return file;
}

if (import.meta.main) {
	try {
		const file = await createBackup(await superuserClient(superuserLoginFromEnv()));
		console.log(`Backup written to ${file}`);
	} catch (error) {
		console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
}
