// A stock PocketBase of the version the launcher pins (its own examples/base, built once from the same
// module), for the test that holds the launcher's Go hooks to the JS hooks a stock binary runs instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/binary.ts';

export function stockPocketBase(): string {
	const version = /github\.com\/pocketbase\/pocketbase (v[\d.]+)/.exec(readFileSync(join(root, 'pocketbase/go.mod'), 'utf8'))![1];
	const binary = join(root, `.cache/bin/pocketbase-stock-${version}`);
	if (existsSync(binary)) return binary;
	mkdirSync(join(root, '.cache/bin'), { recursive: true });
	const built = spawnSync('go', ['build', '-trimpath', '-o', binary, 'github.com/pocketbase/pocketbase/examples/base'], {
		cwd: join(root, 'pocketbase'),
		encoding: 'utf8',
		env: { ...process.env, GOTOOLCHAIN: process.env.GOTOOLCHAIN_OVERRIDE || 'auto', CGO_ENABLED: '0' }
	});
	if (built.status !== 0) throw new Error(`Building stock PocketBase ${version} failed: ${built.stderr || built.error}`);
	return binary;
}
