// `npm test`: type check, lint and formatting, the seed dataset's checker, unit and integration tests (vitest), browser tests
// (Playwright), then one plain closing line "N passed, N failed" summed over the suites, because CI reads only that line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { appBuildIsStale } from './lib/appBuild.ts';
import { buildPocketBase, root } from './lib/binary.ts';
import { buildHookBundle } from './lib/hookBundle.ts';

const bin = (name: string) => join(root, 'node_modules/.bin', name);
const reports = join(root, '.cache/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(what: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
	console.log(`\n=== ${what}`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function readJson(file: string): Record<string, unknown> | null {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
}

const tally = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);
const wants = (suite: string) => only.length === 0 || only.includes(suite);

buildPocketBase();
const geoBuilt = existsSync(join(root, 'static/geo/manifest.json')) || run('boundaries (geo pipeline)', process.execPath, ['geo/build.ts']);
if (!geoBuilt) tally.failed++;
// Integration tests run the built server (outages, malformed requests), so build before them.
const appBuilt =
	!appBuildIsStale() || run('app build (vite build)', process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
if (!appBuilt) tally.failed++;
// PocketBase's hooks require the app's rules, bundled into pb_hooks/generated/ (not committed): built once
// here, before the test files start their PocketBases side by side.
await buildHookBundle().catch((error) => {
	console.error(`error: the hook bundle did not build: ${error instanceof Error ? error.message : error}`);
	tally.failed++;
});
// The open-data tests read the downloads with Python's data tools (tests/opendata/requirements.txt), kept in
// .cache/venv: installed once from PyPI when missing, so this one command runs every test on a fresh clone.
const venv = join(root, '.cache/venv');
if (!existsSync(join(venv, 'bin/frictionless'))) {
	const installed =
		run('data tools (python3 -m venv .cache/venv)', 'python3', ['-m', 'venv', venv]) &&
		run('data tools (pip install)', join(venv, 'bin/pip'), ['install', '-q', '-r', join(root, 'tests/opendata/requirements.txt')]);
	if (!installed) tally.failed++;
}

if (wants('check')) {
	const synced = run('svelte-kit sync', bin('svelte-kit'), ['sync']);
	const ok = synced && run('type check (svelte-check)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--threshold', 'error']);
	tally[ok ? 'passed' : 'failed']++;
}

if (wants('lint')) {
	// Typed lint rules read the route types svelte-kit sync generates (the type check has synced already).
	const synced = wants('check') || run('svelte-kit sync', bin('svelte-kit'), ['sync']);
	const linted = synced && run('lint (eslint)', bin('eslint'), ['.']);
	const formatted = run('formatting (prettier --check)', bin('prettier'), ['--check', '.']);
	tally[linted && formatted ? 'passed' : 'failed']++;
}

if (wants('data')) {
	const ok = run('seed dataset (npm run data:check)', process.execPath, [join(root, 'scripts/data-check.ts')]);
	tally[ok ? 'passed' : 'failed']++;
}

if (wants('unit')) {
	const file = join(reports, 'vitest.json');
	const ok = run('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
	const report = readJson(file) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null;
	if (report) {
		tally.passed += report.numPassedTests;
		tally.failed += report.numFailedTests;
		tally.skipped += report.numPendingTests + report.numTodoTests;
	}
	if (!ok && (!report || report.numFailedTests === 0)) tally.failed++; // a suite that crashed before counting
}

if (wants('e2e')) {
	const file = join(reports, 'playwright.json');
	const ok = run('browser tests (Playwright)', bin('playwright'), ['test', '-c', 'tests/playwright.config.ts'], {
		PLAYWRIGHT_JSON_OUTPUT_NAME: file
	});
	const stats = (readJson(file)?.stats ?? null) as { expected: number; unexpected: number; flaky: number; skipped: number } | null;
	if (stats) {
		tally.passed += stats.expected + stats.flaky;
		tally.failed += stats.unexpected;
		tally.skipped += stats.skipped;
	}
	if (!ok && (!stats || stats.unexpected === 0)) tally.failed++;
}

console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed > 0 ? 1 : 0);
