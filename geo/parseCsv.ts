// CSV lookups as rows keyed by their (trimmed) header, read with the app's one RFC 4180 reader
// (src/lib/domain/parseCsv.ts); a malformed file stops the build instead of yielding partial rows.
import { parseCsv as parseRecords } from '../src/lib/domain/parseCsv.ts';

/** Parses CSV text into rows keyed by the header line; blank lines are skipped, short rows padded. */
export function parseCsv(text: string): Record<string, string>[] {
	const { rows, problems } = parseRecords(text);
	if (problems.length > 0) {
		const [first] = problems;
		throw new Error(`line ${first.line}, column ${first.column}: ${first.reason}`);
	}
	const [header, ...body] = rows;
	if (!header) return [];
	const names = header.cells.map((name) => name.trim());
	return body.map(({ cells }) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
}
