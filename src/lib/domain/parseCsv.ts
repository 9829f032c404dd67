// CSV reader for uploaded files and the seed (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180), on
// csv-parse: reports every problem with its line and column instead of guessing, because an import must
// be all-or-nothing. What csv-parse does not give, and is made up here:
// - a record's first line: it reports the line a record ends on, so the line breaks inside its quoted
//   fields are counted back;
// - where a never-closed quote opened: it reports the end of the file, so the line breaks of the text it
//   skipped are counted back;
// - going on after text that follows a closing quote: it reads the rest of the file as one unclosed
//   field, so that problem is reported alone (not the "never closed" it causes) and the rows after it
//   are not read. The file is refused either way; its next problems show once that one is fixed.
// - line ends: given CRLF and lone CR as well as LF, it counts a CRLF inside a quoted field as two
//   lines, so every line end is made LF first (a cell's own line breaks are read as LF);
// - encodings: a UTF-16 file is refused, and each cell holding bytes that are not UTF-8 is named.
// The browser build: the same parser with its own Buffer, because the import page parses in the browser too.
import { CsvError, parse } from 'csv-parse/browser/esm/sync';

/** One problem in an uploaded file. `column` is a header name, or a 1-based field number before one is known. */
export interface Problem {
	line: number;
	column: string;
	reason: string;
}

export interface CsvRow {
	/** Physical line (1-based) where the record starts. */
	line: number;
	cells: string[];
}

export interface ParsedCsv {
	rows: CsvRow[];
	problems: Problem[];
}

const saveAsUtf8 = 'save the file as “CSV UTF-8 (Comma delimited)” and import it again';

/** Parses bytes (checked as UTF-8) or already-decoded text. Blank lines are skipped. */
export function parseCsv(input: Uint8Array | string): ParsedCsv {
	if (typeof input === 'string') return parseText(input.replace(/^\uFEFF/, ''));
	if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
		return { rows: [], problems: [{ line: 1, column: '1', reason: `the file is UTF-16 text; ${saveAsUtf8}` }] };
	}
	const valid = isUtf8(input);
	const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(input);
	const parsed = parseText(text);
	if (valid) return parsed;
	// Decoding replaced each bad byte with U+FFFD: point at the cells that hold one.
	const problems = [...parsed.problems];
	for (const row of parsed.rows) {
		row.cells.forEach((cell, index) => {
			if (cell.includes('\uFFFD')) {
				problems.push({
					line: row.line,
					column: String(index + 1),
					reason: `the text is not valid UTF-8 (it looks like a Windows or Latin-1 file); ${saveAsUtf8}`
				});
			}
		});
	}
	return { rows: parsed.rows, problems };
}

function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

const lineBreaks = (text: string) => text.match(/\n/g)?.length ?? 0;

function problemOf(error: CsvError, raw: string | undefined): Problem {
	const column = String((error.index as number) + 1);
	const line = error.lines as number;
	switch (error.code) {
		case 'CSV_QUOTE_NOT_CLOSED':
			return {
				line: line - lineBreaks((raw ?? '').replace(/^\n+|\n+$/g, '')),
				column,
				reason: 'a quoted field is never closed: add the missing closing double quote (")'
			};
		case 'CSV_INVALID_CLOSING_QUOTE':
			return { line, column, reason: 'text follows a closing double quote; a quote inside a quoted field must be doubled ("")' };
		case 'INVALID_OPENING_QUOTE':
			return { line, column, reason: 'a double quote inside an unquoted field; wrap the field in double quotes and double the quote ("")' };
		default:
			return { line, column, reason: error.message };
	}
}

function parseText(text: string): ParsedCsv {
	const problems: Problem[] = [];
	let closingQuote = false;
	const records = parse(text.replace(/\r\n?/g, '\n'), {
		bom: true,
		info: true,
		raw: true,
		relax_column_count: true,
		skip_empty_lines: true,
		skip_records_with_error: true,
		on_skip: (error, raw) => {
			if (!error || (error.code === 'CSV_QUOTE_NOT_CLOSED' && closingQuote)) return;
			closingQuote ||= error.code === 'CSV_INVALID_CLOSING_QUOTE';
			problems.push(problemOf(error, raw));
		}
	}) as unknown as { record: string[]; info: { lines: number } }[];
	const rows = records.map(({ record, info }) => ({
		line: info.lines - record.reduce((breaks, cell) => breaks + lineBreaks(cell), 0),
		cells: record
	}));
	return { rows, problems };
}
