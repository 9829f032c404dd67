// `node scripts/restore.ts FILE.zip`: replaces the running PocketBase's whole data folder with a backup
// made by `npm run backup` (PocketBase's restore API: upload, restore, and PocketBase restarts itself),
// then waits until it answers again. Everything written since the backup is lost. See data/OPERATIONS.md.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { superuserClient, superuserLoginFromEnv, type SuperuserLogin } from './lib/superuserClient.ts';

export async function restoreBackup(login: SuperuserLogin, file: string, timeoutMs = 60_000): Promise<void> {
	const name = basename(file);
	if (!/^[a-z0-9_-]+\.zip$/.test(name)) throw new Error(`${name}: a backup's file name must be lower-case letters, digits, _ or - and end in .zip.`);
	const pb = await superuserClient(login);
	const existing = await pb.backups.getFullList({ requestKey: null });
	if (!existing.some((backup) => backup.key === name)) {
		await pb.backups.upload({ file: new File([readFileSync(file)], name, { type: 'application/zip' }) }, { requestKey: null });
	}
	await pb.backups.restore(name, { requestKey: null });
	// PocketBase answers at once, then extracts the backup and restarts in place: wait until it is busy or
	// down (its health check tells a superuser whether a backup or restore is running), then until it is up.
	const state = async (): Promise<'down' | 'busy' | 'up'> => {
		try {
			const health = await pb.health.check({ requestKey: null });
			return health.data?.canBackup === false ? 'busy' : 'up';
		} catch {
			return 'down';
		}
	};
	const deadline = Date.now() + timeoutMs;
	let restarted = false;
	while (Date.now() < deadline) {
		const now = await state();
		if (now !== 'up') restarted = true;
		else if (restarted) return;
		await new Promise((done) => setTimeout(done, 50));
	}
	throw new Error(`PocketBase did not come back within ${timeoutMs / 1000} s after the restore: check its log.`);
}

if (import.meta.main) {
	const [file] = process.argv.slice(2);
	if (!file) {
		console.error('usage: node scripts/restore.ts .data/backups/map-YYYY-MM-DD-HH-MM-SS.zip');
		process.exit(2);
	}
	try {
		await restoreBackup(superuserLoginFromEnv(), file);
		console.log(`Restored ${file}. Sign in again: the restored superusers and sessions are those of the backup.`);
	} catch (error) {
		console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
}
