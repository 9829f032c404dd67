// Confirming a CSV import, timed as the import page's confirm does it (validation, the one batch, the
// audit and authority_stats hooks): a file of `rows` new initiatives made from the seed's rows (whatever
// columns the seed has), against the bench's PocketBase.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '#lib/domain/parseCsv.ts';
import { labelRequests } from '#lib/server/audit.ts';
import { importInitiatives } from '#lib/server/importInitiatives.ts';
import { root } from '../../scripts/lib/binary.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A CSV of `count` new initiatives: the seed's rows in turn, each under a new id and name. */
export function importFile(count: number, tag: string): string {
	const { rows } = parseCsv(readFileSync(join(root, 'data/seed/initiatives.csv'), 'utf8'));
	const header = rows[0].cells;
	const lines = [header.map(field).join(',')];
	for (let i = 0; i < count; i++) {
		const cells = rows[1 + (i % (rows.length - 1))].cells;
		lines.push(
			header
				.map((column, k) => field(column === 'id' ? `bench-${tag}-${i}` : column === 'name' ? `${cells[k]} (${tag} ${i})` : (cells[k] ?? '')))
				.join(',')
		);
	}
	return lines.join('\n') + '\n';
}

export async function importTiming(pb: SeededPocketBase, counts: number[]) {
	const timings: { rows: number; ms: number; written: number }[] = [];
	for (const rows of counts) {
		const csv = importFile(rows, `import-${rows}`);
		const started = performance.now();
		const result = await importInitiatives(labelRequests(pb.admin, 'import'), csv, { lifecycle: 'published' });
		const ms = performance.now() - started;
		if (!result.ok) throw new Error(`the bench import was refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
		timings.push({ rows, ms, written: result.plan.created.length });
	}
	return timings;
}
