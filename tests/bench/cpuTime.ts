// CPU time a process has used (user + system, from /proc), in seconds; Linux only, as on the CI machines.
// The load test reports each process's share of the two cores, since they all compete for them.
import { readFileSync } from 'node:fs';

const ticksPerSecond = 100; // USER_HZ, 100 on every Linux kernel the CI machines run

export function cpuSeconds(pid: number | 'self'): number {
	// The command name in field 2 may contain spaces; the fields after it are fixed.
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}
