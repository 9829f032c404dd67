// Reads a lookup or population table as rows of strings, whether it is a CSV (the mirror), a GeoJSON
// table or an ArcGIS JSON table (ONS FeatureServer queries), so every later step sees one shape.
import { readFileSync } from 'node:fs';
import { GeoInputError } from './GeoInputError.ts';
import { parseCsv } from './parseCsv.ts';

export type Row = Record<string, string>;

export function readTable(path: string): Row[] {
	const text = decode(readFileSync(path), path);
	if (!text.trimStart().startsWith('{')) {
		try {
			return parseCsv(text);
		} catch (error) {
			throw new GeoInputError(path, `is not valid CSV (${(error as Error).message})`);
		}
	}
	const json = JSON.parse(text) as {
		error?: { message?: string };
		features?: { properties?: Record<string, Attribute>; attributes?: Record<string, Attribute> }[];
	};
	if (json.error) throw new GeoInputError(path, `the server answered with an error: ${json.error.message}`);
	if (!Array.isArray(json.features)) throw new GeoInputError(path, 'is neither CSV nor a JSON table of features');
	return json.features.map((feature) => stringify(feature.properties ?? feature.attributes ?? {}));
}

/** Column names of a table, taken from its first row. */
export function columnsOf(rows: readonly Row[]): string[] {
	return rows.length ? Object.keys(rows[0]) : [];
}

// The official 2012 ward lookup is ISO-8859-1; everything else is UTF-8.
function decode(bytes: Buffer, path: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		if (!bytes.length) throw new GeoInputError(path, 'is empty');
		return new TextDecoder('latin1').decode(bytes);
	}
}

/** A JSON table's cell: the feature services this reads give only JSON's scalars. */
type Attribute = string | number | boolean | null;

function stringify(values: Record<string, Attribute>): Row {
	return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value == null ? '' : String(value)]));
}
