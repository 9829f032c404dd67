// Fills gaps in the year-by-year change tables from the "every code -> latest code" table: an authority
// of the first vintage that is no longer current, has no recorded change, and whose latest code carries
// the same name was re-coded (same council, new code). Only needed online, where the hand-compiled
// 2012-2013 table has no download.
import type { CodeChange } from './codeChanges.ts';
import { pickFields } from './pickFields.ts';
import { columnsOf, type Row } from './readTable.ts';

export function recodings(
	latest: { rows: Row[]; file: string; fields: Record<string, string[]> },
	known: CodeChange[],
	first: Map<string, string>,
	last: Set<string>,
	fromYear: number
): CodeChange[] {
	const columns = pickFields<string>(columnsOf(latest.rows), latest.fields, latest.file);
	const explained = new Set(known.map((change) => change.oldCode));
	const found: CodeChange[] = [];
	for (const row of latest.rows) {
		const [code, newCode] = [row[columns.code], row[columns.latest]];
		const name = first.get(code);
		if (name === undefined || last.has(code) || explained.has(code) || !last.has(newCode)) continue;
		if (row[columns.latestName] !== name) continue;
		// The table does not say when; April after the first vintage is the earliest it can have happened.
		found.push({ oldCode: code, oldName: name, newCode, newName: name, type: 'new_code', year: fromYear + 1, file: latest.file });
	}
	return found;
}
