// Superuser credentials: from the environment, or (development and test only) generated once and
// kept in .data/superuser.json so the same login works on the next start.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Settings } from './config.ts';
import { root } from './binary.ts';
import { readSavedSuperuser } from './superuserClient.ts';

export interface Credentials {
	email: string;
	password: string;
	/** True when generated now: the caller prints it, once. */
	generated: boolean;
}

export function superuserCredentials(settings: Settings): Credentials {
	if (settings.superuser) return { ...settings.superuser, generated: false };
	const password = randomBytes(18).toString('base64url');
	if (settings.env === 'test') return { email: 'superuser@test.invalid', password, generated: false };
	const file = join(root, '.data/superuser.json');
	if (existsSync(file)) return { ...readSavedSuperuser(file), generated: false };
	const credentials = { email: 'admin@localhost.invalid', password };
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
	return { ...credentials, generated: true };
}
