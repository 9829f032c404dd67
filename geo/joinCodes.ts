// Joins boundary features to their lookups: turns the 2012 file's old-style codes (00EB) into GSS codes,
// keeps England, and attaches county and region, stopping on any code that one side has and the other lacks.
import { GeoInputError } from './GeoInputError.ts';
import { pickFields } from './pickFields.ts';
import type { SourceFeature } from './readBoundaries.ts';
import { columnsOf, type Row } from './readTable.ts';

export interface LookupTable {
	file: string;
	rows: Row[];
	/** Logical fields: join (the boundary file's code), code (GSS), and optionally county, countyName, region, regionName. */
	fields: Record<string, string[]>;
}

export interface JoinedFeature extends SourceFeature {
	county: string | null;
	countyName: string | null;
	region: string;
	regionName: string;
}

const english = /^E0[6-9]\d{6}$/;
const otherNation = /^[WSNK]\d{8}$/;

/** Joins features to lookups; the first lookup must cover every feature, the others may cover a subset. */
export function joinCodes(features: SourceFeature[], boundaryFile: string, lookups: LookupTable[]): JoinedFeature[] {
	const [primary, ...extra] = lookups.map(index);
	const joined = new Map<string, JoinedFeature>();
	for (const item of features) {
		const row = primary.byJoin.get(item.code);
		if (!row) {
			if (otherNation.test(item.code)) continue;
			throw new GeoInputError(boundaryFile, `code ${item.code} has no row in ${primary.file}`, item.code);
		}
		const code = row[primary.columns.code];
		if (english.test(code)) joined.set(code, { ...item, code, county: null, countyName: null, region: '', regionName: '' });
	}
	for (const table of [primary, ...extra]) {
		for (const [code, row] of table.byCode) {
			const target = joined.get(code);
			if (!target) throw new GeoInputError(table.file, `code ${code} is not in ${boundaryFile}`, code);
			const county = table.columns.county ? row[table.columns.county] : '';
			// Only E10 counties are councils; E11 metropolitan counties and "Greater London" are not.
			if (county.startsWith('E10')) Object.assign(target, { county, countyName: row[table.columns.countyName] });
			if (table.columns.region) Object.assign(target, { region: row[table.columns.region], regionName: row[table.columns.regionName] });
		}
	}
	for (const item of joined.values()) {
		if (!item.region) throw new GeoInputError(primary.file, `code ${item.code} has no region`, item.code);
	}
	return [...joined.values()];
}

function index(table: LookupTable) {
	const columns = pickFields<string>(columnsOf(table.rows), table.fields, table.file);
	const byJoin = new Map<string, Row>();
	const byCode = new Map<string, Row>();
	// The official 2012 lookup has one row per ward, so each authority repeats; keep its first row.
	for (const row of table.rows) {
		const code = row[columns.code];
		if (!code) continue;
		if (!byJoin.has(row[columns.join])) byJoin.set(row[columns.join], row);
		if (english.test(code) && !byCode.has(code)) byCode.set(code, row);
	}
	return { file: table.file, columns, byJoin, byCode };
}
