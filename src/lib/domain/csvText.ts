// CSV text as data tools and spreadsheets read it (RFC 4180): the header on the first line, CRLF line ends,
// quoting only where needed, and text a spreadsheet could run as a formula neutralised (data, never a formula).

const formulaStart = /^[=+\-@\t\r]/;

/** A leading apostrophe stops Excel, LibreOffice and Sheets running the text as a formula; the importer removes it. */
export function neutralise(cell: string): string {
	return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** Numbers are written as they are (a negative one is not a formula); text is neutralised and quoted where needed. */
export function csvField(value: string | number): string {
	const safe = typeof value === 'number' ? String(value) : neutralise(value);
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: the header line, then one line per row, each ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	return [header, ...rows].map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}
