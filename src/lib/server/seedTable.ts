// Reading the seed's CSV files (data/seed): where they are, each as rows keyed by header, and the error that
// names every problem so nothing is loaded from a file that does not parse.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCsv, type Problem } from '#lib/domain/parseCsv.ts';

// From the working directory, the project root for every npm script and for the built server, as the
// register's files are (import.meta.dirname would point inside build/ once bundled).
export const seedDir = resolve(process.cwd(), 'data/seed');

export class SeedError extends Error {
	readonly problems: Problem[];
	constructor(file: string, problems: Problem[]) {
		const lines = problems.map((p) => `  line ${p.line}, column ${p.column}: ${p.reason}`);
		super(`${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n${lines.join('\n')}`);
		this.problems = problems;
	}
}

/** Rows of a seed CSV keyed by header, with the line each starts on; any parse problem stops the seed. */
export async function readLines(file: string): Promise<{ line: number; cells: Record<string, string> }[]> {
	const { rows, problems } = parseCsv(await readFile(file));
	if (problems.length > 0) throw new SeedError(file, problems);
	const [header, ...body] = rows;
	return body.map((row) => ({ line: row.line, cells: Object.fromEntries(header.cells.map((name, index) => [name, row.cells[index] ?? ''])) }));
}

export async function readTable(file: string): Promise<Record<string, string>[]> {
	return (await readLines(file)).map((row) => row.cells);
}
