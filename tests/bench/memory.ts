// Memory of the servers: resident now (idle), peak since a reset (VmHWM, reset through clear_refs so the
// start-up and seeding peaks do not count), and the whole process tree `npm start` runs, found through
// /proc (npm, the launcher, PocketBase, the app), idle once the map is ready. Linux only, as on CI.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/lib/binary.ts';
import { freePort } from '../../scripts/lib/ports.ts';

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8')
		.split('\n')
		.find((l) => l.startsWith(`${field}:`));
	return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
}

export const rssMiB = (pid: number) => status(pid, 'VmRSS');
export const peakMiB = (pid: number) => status(pid, 'VmHWM');

/** Starts counting the peak afresh (Linux: writing 5 to clear_refs resets VmHWM for one's own processes). */
export function resetPeak(pid: number): void {
	writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

function children(pid: number): number[] {
	const found: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			if (Number(stat.split(') ')[1].split(' ')[1]) === pid) found.push(Number(entry));
		} catch {
			// gone meanwhile
		}
	}
	return found;
}

function tree(pid: number): { pid: number; command: string; rssMiB: number }[] {
	const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
		.split('\0')
		.filter(Boolean)
		.map((part) => part.replace(root + '/', ''))
		.slice(0, 3)
		.join(' ');
	return [{ pid, command, rssMiB: rssMiB(pid) }, ...children(pid).flatMap(tree)];
}

/** `npm start` on free ports with a throwaway database: each process's resident memory once it is ready and idle. */
export async function npmStartTree(settleSeconds = 10) {
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
	const [appPort, pbPort] = [await freePort(), await freePort()];
	const npm = spawn('npm', ['start'], {
		cwd: root,
		env: { ...process.env, APP_PORT: String(appPort), PB_PORT: String(pbPort), PB_DATA_DIR: dataDir, APP_ENV: 'development' },
		stdio: ['ignore', 'pipe', 'inherit'],
		detached: true
	});
	try {
		await new Promise<void>((resolve, reject) => {
			npm.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('The map is ready') && resolve());
			npm.once('exit', (code) => reject(new Error(`npm start exited (${code}) before the map was ready`)));
		});
		await fetch(`http://127.0.0.1:${appPort}/`).then((r) => r.arrayBuffer());
		await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
		const processes = tree(npm.pid!);
		return { processes, totalMiB: processes.reduce((sum, p) => sum + p.rssMiB, 0) };
	} finally {
		process.kill(-npm.pid!, 'SIGINT');
		await new Promise((resolve) => npm.once('exit', resolve));
		rmSync(dataDir, { recursive: true, force: true });
	}
}
