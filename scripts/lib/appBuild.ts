// Decides whether the SvelteKit build is missing or older than its sources, so `npm start`
// rebuilds after a pull without rebuilding on every start.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './binary.ts';

function newest(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

export function appBuildIsStale(): boolean {
	const built = join(root, 'build/handler.js');
	if (!existsSync(built)) return true;
	const sources = ['src', 'vite.config.ts', 'package.json', 'static/geo/manifest.json'].map((p) => join(root, p)).filter(existsSync);
	return Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
}
