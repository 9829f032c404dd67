// RFC 4180 CSV reader for uploaded files (https://www.rfc-editor.org/rfc/rfc4180): reports every
// problem with its line instead of guessing, because an import must be all-or-nothing.

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

const quote = 34;
const comma = 44;
const lf = 10;
const cr = 13;
const endsField = (char: number) => char === comma || char === lf || char === cr;

/** Line breaks in text[from, to): LF, CRLF or a lone CR. */
function lineBreaks(text: string, from: number, to: number): number {
	let count = 0;
	for (let i = from; i < to; i++) {
		const char = text.charCodeAt(i);
		if (char === lf || (char === cr && text.charCodeAt(i + 1) !== lf)) count++;
	}
	return count;
}

// Scans with indexOf and slices rather than appending character by character: uploads can be large.
function parseText(text: string): ParsedCsv {
	const rows: CsvRow[] = [];
	const problems: Problem[] = [];
	const end = text.length;
	let i = 0;
	let line = 1;
	while (i < end) {
		const rowLine = line;
		const cells: string[] = [];
		for (;;) {
			const column = String(cells.length + 1);
			let value = '';
			if (text.charCodeAt(i) === quote) {
				const openedOn = line;
				let from = i + 1;
				for (;;) {
					const close = text.indexOf('"', from);
					if (close === -1) {
						problems.push({ line: openedOn, column, reason: 'a quoted field is never closed: add the missing closing double quote (")' });
						value += text.slice(from);
						line += lineBreaks(text, from, end);
						i = end;
						break;
					}
					value += text.slice(from, close);
					line += lineBreaks(text, from, close);
					if (text.charCodeAt(close + 1) === quote) {
						value += '"';
						from = close + 2;
						continue;
					}
					i = close + 1;
					break;
				}
				const rest = i;
				while (i < end && !endsField(text.charCodeAt(i))) i++;
				if (i > rest) {
					problems.push({ line, column, reason: 'text follows a closing double quote; a quote inside a quoted field must be doubled ("")' });
					value += text.slice(rest, i);
				}
			} else {
				const from = i;
				while (i < end && !endsField(text.charCodeAt(i))) i++;
				value = text.slice(from, i);
				if (value.includes('"')) {
					problems.push({ line, column, reason: 'a double quote inside an unquoted field; wrap the field in double quotes and double the quote ("")' });
				}
			}
			cells.push(value);
			if (i >= end) break;
			if (text.charCodeAt(i) === comma) {
				i++;
				if (i < end) continue;
				cells.push(''); // a comma at the very end opens one last, empty field
				break;
			}
			i += text.charCodeAt(i) === cr && text.charCodeAt(i + 1) === lf ? 2 : 1;
			line++;
			break;
		}
		if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
	}
	return { rows, problems };
}
