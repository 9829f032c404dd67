// Gathers every council code change between the first and the last vintage: the year-by-year tables,
// plus re-codings inferred from the latest-code table where a table has no download (online builds).
import { readCodeChanges, type CodeChange } from './codeChanges.ts';
import type { Sources } from './locateSources.ts';
import { readTable } from './readTable.ts';
import type { VintageInput } from './readVintage.ts';
import { recodings } from './recodings.ts';

export function readChanges(sources: Sources, first: VintageInput, last: VintageInput): CodeChange[] {
	const changes = sources.config.changes.flatMap((key) => {
		const table = sources.optional(key);
		return table ? readCodeChanges(readTable(table.path), table.path, table.fields, first.year, last.year) : [];
	});
	const latest = sources.optional(sources.config.latest);
	if (!latest) return changes;
	const table = { rows: readTable(latest.path), file: latest.path, fields: latest.fields };
	const firstNames = new Map(first.features.map((f) => [f.code, f.name]));
	return [...changes, ...recodings(table, changes, firstNames, new Set(last.parents.keys()), first.year)];
}
