// Peak resident memory of a process (VmHWM from /proc), in MiB; Linux only, as on the CI machines.
import { readFileSync } from 'node:fs';

export function peakRssMiB(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8')
		.split('\n')
		.find((l) => l.startsWith('VmHWM:'));
	return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
}
