// The one import validator (npm run import, the seed, the upload page): CSV bytes in the seed's
// columns → initiatives, or every problem with its line, column and reason. Template: data/API.md.
import { controlCharacter, controlCharacterReason } from './controlCharacter.ts';
import { earliestYear, latestYear, statuses, type Initiative, type Participation, type Status } from './initiative.ts';
import { abolishedOn, type LifespanAuthority } from './authority.ts';
import { formerListingProgramme } from './noProgramme.ts';
import { parseCsv, type Problem } from './parseCsv.ts';
import { isWebAddress } from './webAddress.ts';
import type { Resolver } from './resolveAuthority.ts';

export type { Problem };

/** The columns of the import template, in the seed's order (any order is accepted). */
export const importColumns = [
	'id',
	'name',
	'programme',
	'service_category',
	'status',
	'status_as_of',
	'start_year',
	'end_year',
	'lead_council',
	'councils',
	'lga_map_listed',
	'description',
	'source_url',
	'source_title',
	'source_date',
	'source_is_mirror'
] as const;
export type ImportColumn = (typeof importColumns)[number];
/** Columns a file may leave out (files made before they existed): a missing one reads as empty cells. */
const optionalColumns: readonly ImportColumn[] = ['status_as_of', 'lga_map_listed', 'source_is_mirror'];

/** An initiative as a file describes it: everything but the workflow fields. */
export type InitiativeDraft = Omit<Initiative, 'lifecycle' | 'updated'>;

export interface ImportContext {
	programmes: readonly string[];
	categories: readonly string[];
	resolver: Resolver;
}

export interface ValidatedImport {
	/** Valid rows in file order, each with the line it came from. */
	initiatives: (InitiativeDraft & { line: number })[];
	problems: Problem[];
}

const maxLength: Partial<Record<ImportColumn, number>> = {
	id: 100,
	name: 200,
	description: 1000,
	source_url: 2000,
	source_title: 300
};
const required: ImportColumn[] = ['id', 'name', 'service_category', 'status', 'councils', 'description', 'source_url', 'source_title'];
/** Text columns a spreadsheet could run as a formula (OWASP "CSV injection"). */
const textColumns: ImportColumn[] = ['name', 'lead_council', 'councils', 'description', 'source_title', 'source_url', 'source_date'];
/** Columns whose text may run over several lines (tabs and line breaks allowed). */
const multilineColumns: ImportColumn[] = ['description'];
const formulaStart = /^[=+\-@\t\r]/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Participations in a stable order: the lead first, then by name. */
export function compareParticipations(a: Participation, b: Participation): number {
	return Number(b.role === 'lead') - Number(a.role === 'lead') || a.name.localeCompare(b.name) || a.code.localeCompare(b.code);
}

/** Why a text cell would run as a spreadsheet formula, or null when it would not. */
export function formulaReason(raw: string): string | null {
	if (!formulaStart.test(raw)) return null;
	const first = raw[0] === '\t' ? 'a tab' : raw[0] === '\r' ? 'a carriage return' : `“${raw[0]}”`;
	return `starts with ${first}, which spreadsheets run as a formula; remove it, or put an apostrophe (') in front to keep it as text`;
}

/** The inverse of the export's neutralising: "'=x" read back is "=x". */
export function unneutralise(cell: string): string {
	return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function validateImport(input: Uint8Array | string, context: ImportContext): ValidatedImport {
	const parsed = parseCsv(input);
	// Rows of empty cells are what spreadsheets leave below the data.
	const rows = parsed.rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
	const notes = leadingNotes(rows);
	const [header, ...body] = rows.slice(notes);
	if (!header) {
		const problems =
			parsed.problems.length > 0
				? parsed.problems
				: [{ line: 1, column: '1', reason: 'the file is empty; start from the import template in data/API.md' }];
		return { initiatives: [], problems };
	}
	const names = header.cells.map((cell) => cell.trim().replace(/^\uFEFF/, ''));
	const columnName = (column: string) => (/^\d+$/.test(column) && names[Number(column) - 1]) || column;
	const problems: Problem[] = parsed.problems.map((problem) => ({ ...problem, column: columnName(problem.column) }));
	const headerProblems = checkHeader(names, header.line);
	if (headerProblems.length > 0) return { initiatives: [], problems: [...problems, ...headerProblems] };
	if (body.length === 0) {
		// A record the reader could not read is left out of the rows: its problem says why the body is empty.
		if (problems.length > 0) return { initiatives: [], problems };
		return { initiatives: [], problems: [{ line: header.line, column: 'id', reason: 'the file has a header but no initiatives below it' }] };
	}

	const initiatives: ValidatedImport['initiatives'] = [];
	const seen = new Map<string, number>();
	const problemLines = [...new Set(parsed.problems.map((problem) => problem.line))].sort((a, b) => a - b);
	let nextProblem = 0;
	body.forEach((row, index) => {
		// A row the reader could not split cleanly is reported once, not again field by field.
		const nextLine = body[index + 1]?.line ?? Infinity;
		while (nextProblem < problemLines.length && problemLines[nextProblem] < row.line) nextProblem++;
		if (nextProblem < problemLines.length && problemLines[nextProblem] < nextLine) return;
		const rowProblems: Problem[] = [];
		const report = (column: string, reason: string) => rowProblems.push({ line: row.line, column, reason });
		if (row.cells.length !== names.length) {
			const column = row.cells.length > names.length ? String(names.length + 1) : names[row.cells.length];
			const hint = row.cells.length > names.length ? ' (a comma inside a field needs double quotes around the field)' : '';
			report(column, `the row has ${row.cells.length} fields but the header has ${names.length}${hint}`);
			problems.push(...rowProblems);
			return;
		}
		const cells = Object.fromEntries([
			...optionalColumns.map((name) => [name, '']),
			...names.map((name, index) => [name, row.cells[index]])
		]) as Record<ImportColumn, string>;
		for (const column of textColumns) {
			const raw = cells[column];
			const formula = formulaReason(raw);
			if (formula) report(column, formula);
			cells[column] = unneutralise(raw.trim());
		}
		for (const column of importColumns) {
			const control = controlCharacter(cells[column], { multiline: multilineColumns.includes(column) });
			if (control) report(column, controlCharacterReason(control));
			if (!textColumns.includes(column)) cells[column] = cells[column].trim();
			if (required.includes(column) && cells[column] === '') report(column, 'this column must not be empty');
			const limit = maxLength[column];
			if (limit !== undefined && cells[column].length > limit)
				report(column, `the text is ${cells[column].length} characters long; the limit is ${limit}`);
		}
		const draft = readRow(cells, context, report);
		if (cells.id !== '') {
			const earlier = seen.get(cells.id);
			if (earlier !== undefined) report('id', `the id “${cells.id}” is already used on line ${earlier}; each initiative needs its own id`);
			else seen.set(cells.id, row.line);
		}
		if (rowProblems.length > 0) problems.push(...dedupe(rowProblems));
		else initiatives.push({ ...draft, line: row.line });
	});
	return { initiatives, problems };
}

/** Records before the header whose first cell starts with "#": the export's licence note. */
function leadingNotes(rows: { cells: string[] }[]): number {
	let count = 0;
	while (count < rows.length && rows[count].cells[0]?.trimStart().startsWith('#')) count++;
	return count;
}

function dedupe(problems: Problem[]): Problem[] {
	const keys = new Set<string>();
	return problems.filter((problem) => {
		const key = `${problem.column}\u0000${problem.reason}`;
		if (keys.has(key)) return false;
		keys.add(key);
		return true;
	});
}

function checkHeader(names: string[], line: number): Problem[] {
	const problems: Problem[] = [];
	if (names.length === 1 && /[;\t]/.test(names[0])) {
		const separator = names[0].includes(';') ? 'semicolons' : 'tabs';
		return [
			{
				line,
				column: '1',
				reason: `the header is a single column: the file looks separated by ${separator}; save it as “CSV UTF-8 (Comma delimited)”`
			}
		];
	}
	const seen = new Set<string>();
	names.forEach((name, index) => {
		const column = name || String(index + 1);
		if (name === '') problems.push({ line, column, reason: 'the header has an empty column name' });
		else if (!(importColumns as readonly string[]).includes(name)) {
			problems.push({ line, column, reason: `unknown column; the template's columns are ${importColumns.join(', ')}` });
		} else if (seen.has(name)) problems.push({ line, column, reason: 'the column appears twice in the header' });
		seen.add(name);
	});
	for (const name of importColumns) {
		if (!seen.has(name) && !optionalColumns.includes(name))
			problems.push({ line, column: name, reason: 'the column is missing from the header (see the import template in data/API.md)' });
	}
	return problems;
}

type Report = (column: string, reason: string) => void;

function readRow(cells: Record<ImportColumn, string>, context: ImportContext, report: Report): InitiativeDraft {
	if (cells.id !== '' && !slugPattern.test(cells.id)) {
		report('id', `“${cells.id}” is not a valid id; use lower-case letters, digits and single hyphens, e.g. tri-borough`);
	}
	if (cells.programme === formerListingProgramme && !context.programmes.includes(cells.programme)) {
		report(
			'programme',
			`“${formerListingProgramme}” is no longer a programme: the LGA's shared services map listed arrangements, it was not a programme councils joined. Leave programme empty for a shared service, and write yes in lga_map_listed where a source says it was on the map`
		);
	} else if (cells.programme !== '' && !context.programmes.includes(cells.programme)) {
		report(
			'programme',
			`no programme has the id “${cells.programme}”${closest(cells.programme, context.programmes)} (the ids are listed in data/API.md)`
		);
	}
	if (cells.service_category !== '' && !context.categories.includes(cells.service_category)) {
		report(
			'service_category',
			`no service category has the id “${cells.service_category}”${closest(cells.service_category, context.categories)} (the ids are listed in data/API.md)`
		);
	}
	if (cells.status !== '' && !(statuses as readonly string[]).includes(cells.status)) {
		report('status', `“${cells.status}” is not a status; use one of ${statuses.join(', ')}`);
	}
	const statusAsOf = cells.status_as_of;
	if (statusAsOf !== '' && !isPartialDate(statusAsOf)) {
		report('status_as_of', `“${statusAsOf}” is not a date; write the date of the evidence behind the status as 2012-06-18, 2012-06 or 2012`);
	}
	const lgaMapListed = readYes(cells, 'lga_map_listed', report);
	const startYear = readYear(cells, 'start_year', report);
	const endYear = readYear(cells, 'end_year', report);
	if (startYear !== null && endYear !== null && endYear < startYear) {
		report('end_year', `the end year ${endYear} is before the start year ${startYear}`);
	}
	return {
		slug: cells.id,
		name: cells.name,
		programme: cells.programme,
		category: cells.service_category,
		status: cells.status as Status,
		statusAsOf,
		lgaMapListed,
		startYear,
		endYear,
		description: cells.description,
		// Figures come from the companion savings sheet (readSavingsSheet.ts), not from these columns.
		savings: [],
		sources: readSources(cells, report),
		participations: readParticipations(cells, startYear, context.resolver, report)
	};
}

function closest(value: string, options: readonly string[]): string {
	const near = options.find(
		(option) => option.startsWith(value) || value.startsWith(option) || option.replace(/_/g, '') === value.replace(/[-_ ]/g, '')
	);
	return near ? `; did you mean “${near}”?` : '';
}

/** A yes-or-blank column: true for yes, false for blank (no is accepted too). */
function readYes(cells: Record<ImportColumn, string>, column: 'lga_map_listed' | 'source_is_mirror', report: Report): boolean {
	const value = cells[column].toLowerCase();
	if (value === 'yes') return true;
	if (value !== '' && value !== 'no') report(column, `“${cells[column]}” is not yes or blank; write yes, or leave the cell empty`);
	return false;
}

function readYear(cells: Record<ImportColumn, string>, column: 'start_year' | 'end_year', report: Report): number | null {
	const raw = cells[column];
	if (raw === '') return null;
	if (!/^\d{4}$/.test(raw)) {
		report(column, `“${raw}” is not a year; write four digits such as 2012, or leave the cell empty`);
		return null;
	}
	const year = Number(raw);
	if (year < earliestYear || year > latestYear) {
		report(column, `${year} is outside the years an initiative can have (${earliestYear}–${latestYear})`);
		return null;
	}
	return year;
}

function readSources(cells: Record<ImportColumn, string>, report: Report): Initiative['sources'] {
	if (cells.source_url === '') return [];
	const urls = cells.source_url.split(/\s+;\s+/).map((url) => url.trim());
	for (const url of urls) {
		if (/;\s*https?:/i.test(url)) {
			report('source_url', 'separate several web addresses with “ ; ” (space, semicolon, space)');
		} else if (!isWebAddress(url)) {
			report('source_url', `“${url}” is not a web address; it must start with http:// or https:// and contain no spaces`);
		}
	}
	const date = cells.source_date;
	if (date !== '' && !isPartialDate(date)) {
		report('source_date', `“${date}” is not a date; write 2012-06-18, 2012-06 or 2012`);
	}
	// The mirror flag describes the main source only; it is left off the others rather than guessed.
	const mirror = readYes(cells, 'source_is_mirror', report);
	return urls.map((url, index) =>
		index === 0 ? { url, title: cells.source_title, date, ...(mirror ? { mirror } : {}) } : { url, title: '', date: '' }
	);
}

function isPartialDate(value: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
	if (day === undefined) return true;
	const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function readParticipations(cells: Record<ImportColumn, string>, year: number | null, resolver: Resolver, report: Report): Participation[] {
	if (cells.councils === '') return [];
	const split = cells.councils.split(';').map((name) => name.trim());
	if (split.some((name) => name === '')) report('councils', 'a council name is empty; separate the councils with single semicolons');
	const names = split.filter((name) => name !== '');
	const participations: Participation[] = [];
	const named = new Map<string, string>();
	const lifespan = (code: string) => {
		const found = resolver.resolve(code);
		return found.code === code ? (found.authority as LifespanAuthority) : undefined;
	};
	for (const name of names) {
		const resolution = resolver.resolve(name, year);
		if (resolution.code === null) {
			report('councils', `“${name}”: ${resolution.reason}`);
			continue;
		}
		const earlier = named.get(resolution.code);
		if (earlier !== undefined) {
			report('councils', earlier === name ? `“${name}” is listed twice` : `“${earlier}” and “${name}” are the same council (${resolution.code})`);
			continue;
		}
		named.set(resolution.code, name);
		participations.push({
			code: resolution.code,
			name: resolution.authority.name,
			role: 'partner',
			abolished: abolishedOn(resolution.code, lifespan)
		});
	}
	if (cells.programme === '' && names.length === 1) {
		report(
			'councils',
			'a shared service (a row with no programme) needs at least two councils; list them separated by semicolons, or give the programme'
		);
	}
	if (cells.lead_council !== '') {
		const lead = resolver.resolve(cells.lead_council, year);
		if (lead.code === null) report('lead_council', `“${cells.lead_council}”: ${lead.reason}`);
		else {
			const participation = participations.find((p) => p.code === lead.code);
			if (participation) participation.role = 'lead';
			else if (participations.length === names.length) report('lead_council', `the lead council “${cells.lead_council}” is not among the councils`);
		}
	}
	return participations.sort(compareParticipations);
}
