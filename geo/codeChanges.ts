// Reads the year-by-year code change tables (ONSvisual's format) into the council changes that happened
// between two vintages: mergers, re-codings and county terminations; combined authorities and other
// nations are someone else's map.
import { GeoInputError } from './GeoInputError.ts';
import { pickFields } from './pickFields.ts';
import { columnsOf, type Row } from './readTable.ts';

export type ChangeType = 'merger' | 'new_code' | 'termination';

export interface CodeChange {
	oldCode: string;
	oldName: string;
	/** null for a termination (a county abolished without a direct successor code). */
	newCode: string | null;
	newName: string | null;
	type: ChangeType;
	/** First year of the new state; councils change on 1 April. */
	year: number;
	file: string;
}

const council = /^E(0[6-9]|10)\d{6}$/;
const types: readonly string[] = ['merger', 'new_code', 'termination'];

/** Changes that took effect after the `from` vintage and no later than the `to` vintage (December vintages). */
export function readCodeChanges(rows: Row[], file: string, fields: Record<string, string[]>, from: number, to: number): CodeChange[] {
	const columns = pickFields<string>(columnsOf(rows), fields, file);
	const changes: CodeChange[] = [];
	for (const row of rows) {
		const [oldCode, newCode, type] = [row[columns.old], row[columns.new], row[columns.type]];
		if (!council.test(oldCode) || !types.includes(type)) continue;
		const year = Number(row[columns.year]);
		if (!Number.isInteger(year)) throw new GeoInputError(file, `code ${oldCode} has no valid year`, oldCode);
		if (year <= from || year > to) continue;
		if (type !== 'termination' && !council.test(newCode)) {
			throw new GeoInputError(file, `code ${oldCode} has an unknown successor "${newCode}"`, oldCode);
		}
		changes.push({
			oldCode,
			oldName: row[columns.oldName],
			newCode: type === 'termination' ? null : newCode,
			newName: type === 'termination' ? null : row[columns.newName],
			type: type as ChangeType,
			year,
			file
		});
	}
	return changes;
}
