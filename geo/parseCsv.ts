// A small RFC 4180 CSV reader: the lookups quote names that contain commas ("Bristol, City of") and some
// carry a UTF-8 byte order mark, so splitting lines on commas is not enough.

/** Parses CSV text into rows keyed by the (trimmed) header line; blank lines are skipped. */
export function parseCsv(text: string): Record<string, string>[] {
	const [header, ...body] = splitRecords(text.replace(/^\uFEFF/, ''));
	if (!header) return [];
	const names = header.map((name) => name.trim());
	return body
		.filter((cells) => cells.some((cell) => cell !== ''))
		.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
}

function splitRecords(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		record.push(cell);
		cell = '';
	};
	const endRecord = () => {
		endCell();
		records.push(record);
		record = [];
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted && char === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') quoted = !quoted;
		else if (quoted) cell += char;
		else if (char === ',') endCell();
		else if (char === '\r' || char === '\n') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			endRecord();
		} else cell += char;
	}
	if (cell !== '' || record.length) endRecord();
	return records;
}
