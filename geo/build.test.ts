import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('npm run build:geo', () => {
	it('prints one "geo:" line naming the problem and exits 1 on bad input', () => {
		const run = spawnSync(process.execPath, ['geo/build.ts'], {
			cwd: root,
			env: { ...process.env, GEO_SOURCE_DIR: 'no/such/folder' },
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr.trim()).toBe('geo: no/such/folder: GEO_SOURCE_DIR does not name a folder');
	});
});
