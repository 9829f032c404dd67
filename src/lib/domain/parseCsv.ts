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

function parseText(text: string): ParsedCsv {
	const rows: CsvRow[] = [];
	const problems: Problem[] = [];
	let line = 1;
	let cells: string[] = [];
	let cell = '';
	let rowLine = 1;
	let i = 0;
	const endRow = () => {
		cells.push(cell);
		if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
		cells = [];
		cell = '';
	};
	while (i < text.length) {
		const char = text[i];
		if (char === '"' && cell === '') {
			const openedOn = line;
			let closed = false;
			i++;
			while (i < text.length) {
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						cell += '"';
						i += 2;
						continue;
					}
					closed = true;
					i++;
					break;
				}
				if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) line++;
				cell += text[i];
				i++;
			}
			if (!closed) {
				problems.push({ line: openedOn, column: String(cells.length + 1), reason: 'a quoted field is never closed: add the missing closing double quote (")' });
				endRow();
				break;
			}
			if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
				problems.push({ line, column: String(cells.length + 1), reason: 'text follows a closing double quote; a quote inside a quoted field must be doubled ("")' });
				while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
			}
			continue;
		}
		if (char === ',') {
			cells.push(cell);
			cell = '';
		} else if (char === '\r' || char === '\n') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			endRow();
			line++;
			rowLine = line;
		} else {
			if (char === '"') {
				problems.push({ line, column: String(cells.length + 1), reason: 'a double quote inside an unquoted field; wrap the field in double quotes and double the quote ("")' });
			}
			cell += char;
		}
		i++;
	}
	if (cell !== '' || cells.length > 0) endRow();
	return { rows, problems };
}
