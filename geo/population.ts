// Joins ONS mid-year population estimates to a vintage's codes (authorities and counties), refusing
// estimates for codes the boundaries do not have and authorities left without one.
import { GeoInputError } from './GeoInputError.ts';
import { pickFields } from './pickFields.ts';
import { columnsOf, type Row } from './readTable.ts';

export interface PopulationTable {
	file: string;
	rows: Row[];
	fields: Record<string, string[]>;
}

const council = /^E(0[6-9]|10)\d{6}$/;

/**
 * @param parents every code of the vintage with its county (null when it has none, as for counties)
 * @param recoded new code -> the vintage's code, for tables published on codes changed after the vintage
 */
export function population(tables: PopulationTable[], parents: Map<string, string | null>, recoded: Map<string, string>): Map<string, number> {
	const values = new Map<string, number>();
	for (const table of tables) {
		const estimates = read(table);
		for (const [code, value] of estimates) {
			if (parents.has(code)) values.set(code, values.get(code) ?? value);
			else if (!recoded.has(code)) throw new GeoInputError(table.file, `code ${code} is not in this vintage's boundaries`, code);
		}
		// ONS published some years only on later codes; an estimate on the vintage's own code wins.
		for (const [code, value] of estimates) {
			const target = recoded.get(code);
			if (target && !parents.has(code) && !values.has(target)) values.set(target, value);
		}
	}
	// Without any county table (no download exists for 2012), add up the districts as ONS does.
	if (![...parents.keys()].some((code) => code.startsWith('E10') && values.has(code))) {
		for (const [code, county] of parents) if (county && values.has(code)) values.set(county, (values.get(county) ?? 0) + values.get(code)!);
	}
	const files = tables.map((table) => table.file).join(', ');
	for (const code of parents.keys()) if (!values.has(code)) throw new GeoInputError(files, `code ${code} has no population`, code);
	return values;
}

function read(table: PopulationTable): Map<string, number> {
	const columns = pickFields<string>(columnsOf(table.rows), table.fields, table.file);
	const estimates = new Map<string, number>();
	for (const row of table.rows) {
		const code = row[columns.code];
		if (!council.test(code)) continue;
		const value = Number(row[columns.value].replaceAll(',', ''));
		if (!Number.isInteger(value) || value <= 0) throw new GeoInputError(table.file, `code ${code} has no valid population`, code);
		estimates.set(code, value);
	}
	return estimates;
}
