// The seed dataset's quality rules (`npm run data:check`): what a row must carry before anyone can quote it,
// and the coverage a maintainer reads to see where the dataset is thin. Pure: the caller reads the files.
import { abolishedOn, type Authority } from './authority.ts';
import { validateRelations } from './relations.ts';
import type { Resolver } from './resolveAuthority.ts';

export type Row = Record<string, string>;

export interface Dataset {
	initiatives: Row[];
	savings: Row[];
	relations: Row[];
	/** Pairs a maintainer has read and judged to be separate arrangements (data/seed/separate_pairs.csv: a_id, b_id, note). */
	separate?: Row[];
}

export interface Finding {
	/** The initiative id (or savings/relations line) the finding is about. */
	where: string;
	rule: string;
	detail: string;
}

export const savingsKinds = ['target', 'achieved', 'avoided', 'unclear'] as const;
export const savingsPeriods = ['annual', 'cumulative', 'unclear'] as const;
const liveStatuses = new Set(['operational', 'planned', 'unknown']);

/** The URLs of a source cell: several are separated by " ; ". */
export function sourceUrls(cell: string): string[] {
	return cell
		.split(/\s;\s|\s;|;\s/)
		.map((url) => url.trim())
		.filter((url) => url !== '');
}

/** A homepage or a placeholder page says nothing about one arrangement, so it cannot be quoted as its source. */
export function unspecificSource(url: string): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return `“${url}” is not a web address`;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `“${url}” is not a web page`;
	const path = parsed.pathname.replace(/\/(index|default|home)(\.\w+)?$/i, '/');
	if ((path === '/' || path === '') && parsed.search === '') return `“${url}” is a bare homepage; cite the page about this arrangement`;
	if (/placeholder|coming-soon|under-construction|example\.(com|org)/i.test(url)) return `“${url}” is a placeholder page`;
	return null;
}

/** Sites that republish other bodies' documents: citable only where the original cannot be found, and then marked. */
const mirrorHosts =
	/(^|\.)(docslib\.org|studylib\.net|yumpu\.com|docplayer\.net|issuu\.com|pdfslide\.net|fdocuments\.\w+|dokumen\.\w+|kipdf\.com|wikimili\.com|wikiwand\.com|everybodywiki\.com|slideshare\.net|sambuz\.com|documents\.pub|vdocuments\.\w+|pdf4pro\.com|silo\.tips)$/i;

export function isMirror(url: string): boolean {
	try {
		return mirrorHosts.test(new URL(url).hostname);
	} catch {
		return false;
	}
}

const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function councilNames(row: Row): string[] {
	return (row.councils ?? '')
		.split(';')
		.map((name) => name.trim())
		.filter((name) => name !== '');
}

/** Two rows overlap in time unless one ended before the other began (an unstated year is open-ended). */
function overlaps(a: Row, b: Row): boolean {
	const start = (row: Row) => (row.start_year ? Number(row.start_year) : -Infinity);
	const end = (row: Row) => (row.end_year ? Number(row.end_year) : Infinity);
	return start(a) <= end(b) && start(b) <= end(a);
}

export function checkDataset(dataset: Dataset, register: readonly Authority[], resolver: Resolver): Finding[] {
	const findings: Finding[] = [];
	const byCode = new Map(register.map((authority) => [authority.code, authority]));
	const ids = new Set(dataset.initiatives.map((row) => row.id));
	const related = new Set<string>();
	// The seed loader's own rule for relations.csv, so the checker and the loader cannot disagree.
	const { problems } = validateRelations(
		dataset.relations.map((cells, index) => ({ line: index + 2, cells })),
		ids
	);
	for (const problem of problems)
		findings.push({ where: `relations.csv line ${problem.line}`, rule: 'relation', detail: `${problem.column}: ${problem.reason}` });
	for (const relation of dataset.relations) related.add(`${relation.from_id}|${relation.to_id}`).add(`${relation.to_id}|${relation.from_id}`);
	for (const [index, pair] of (dataset.separate ?? []).entries()) {
		for (const id of [pair.a_id, pair.b_id]) {
			if (!ids.has(id))
				findings.push({ where: `separate_pairs.csv line ${index + 2}`, rule: 'relation', detail: `no initiative has the id “${id}”` });
		}
		if (!pair.note)
			findings.push({ where: `separate_pairs.csv line ${index + 2}`, rule: 'relation', detail: 'say why the two are separate arrangements' });
		related.add(`${pair.a_id}|${pair.b_id}`).add(`${pair.b_id}|${pair.a_id}`);
	}
	const successorNamed = new Set(dataset.relations.filter((relation) => relation.relation === 'succeeded_by').map((relation) => relation.from_id));

	const codesOf = new Map<string, string[]>();
	for (const row of dataset.initiatives) {
		const where = row.id;
		const urls = sourceUrls(row.source_url ?? '');
		if (urls.length === 0) findings.push({ where, rule: 'source', detail: 'no source' });
		for (const url of urls) {
			const problem = unspecificSource(url);
			if (problem) findings.push({ where, rule: 'source', detail: problem });
		}
		if (urls.length > 0 && isMirror(urls[0]) && row.source_is_mirror !== 'yes') {
			findings.push({
				where,
				rule: 'source',
				detail: `the main source “${urls[0]}” republishes another body's document: cite the original, or mark source_is_mirror yes where it cannot be found`
			});
		}
		if (!row.source_date) findings.push({ where, rule: 'source date', detail: 'the main source has no date' });
		else if (!datePattern.test(row.source_date))
			findings.push({ where, rule: 'source date', detail: `“${row.source_date}” is not YYYY, YYYY-MM or YYYY-MM-DD` });

		const year = row.start_year ? Number(row.start_year) : null;
		const codes: string[] = [];
		for (const name of councilNames(row)) {
			const resolution = resolver.resolve(name, year);
			if (resolution.code === null) findings.push({ where, rule: 'council', detail: `“${name}”: ${resolution.reason}` });
			else codes.push(resolution.code);
		}
		codesOf.set(row.id, codes);

		// Evidence from before the last council went is fine: every view ends the arrangement then (effectiveStatus).
		// Evidence from after it says the arrangement carried on, which needs the arrangement it carried on as.
		const gone = codes.map((code) => abolishedOn(code, (c) => byCode.get(c)));
		const asOf = row.status_as_of || row.source_date || '';
		if (gone.length > 0 && gone.every((date) => date !== null) && liveStatuses.has(row.status) && !successorNamed.has(row.id)) {
			const last = gone.reduce((a, b) => (a > b ? a : b));
			if (asOf >= last) {
				findings.push({
					where,
					rule: 'status',
					detail: `“${row.status}” as of ${asOf}, after every council it names was abolished (the last on ${last}), and no successor arrangement is named`
				});
			}
		}
	}

	const rows = dataset.initiatives;
	for (let i = 0; i < rows.length; i++) {
		for (let j = i + 1; j < rows.length; j++) {
			const [a, b] = [rows[i], rows[j]];
			// A council's part in two programmes is two facts, not one counted twice; the rule is about arrangements.
			if (a.service_category !== b.service_category || a.programme !== b.programme || related.has(`${a.id}|${b.id}`) || !overlaps(a, b)) continue;
			const key = (id: string) => [...new Set(codesOf.get(id))].sort().join(',');
			if (key(a.id) !== '' && key(a.id) === key(b.id)) {
				findings.push({
					where: a.id,
					rule: 'duplicate',
					detail: `same councils and service as “${b.id}” over overlapping years, with no relation between them`
				});
			}
		}
	}

	for (const [index, figure] of dataset.savings.entries()) {
		const where = `savings.csv line ${index + 2} (${figure.initiative_id})`;
		if (!ids.has(figure.initiative_id)) findings.push({ where, rule: 'savings', detail: `no initiative has the id “${figure.initiative_id}”` });
		if (!(savingsKinds as readonly string[]).includes(figure.kind))
			findings.push({ where, rule: 'savings', detail: `kind “${figure.kind}” is not one of ${savingsKinds.join(', ')}` });
		if (!(savingsPeriods as readonly string[]).includes(figure.period))
			findings.push({ where, rule: 'savings', detail: `period “${figure.period}” is not one of ${savingsPeriods.join(', ')}` });
		if (!/^\d+$/.test(figure.amount_gbp ?? ''))
			findings.push({ where, rule: 'savings', detail: `amount “${figure.amount_gbp}” is not a whole number of pounds` });
	}
	return findings;
}

export interface CoverageLine {
	key: string;
	initiatives: number;
	authorities: number;
}

/** Initiatives and distinct councils named, per programme and per region (an initiative counts once in each region it touches). */
export function coverage(
	dataset: Dataset,
	register: readonly Authority[],
	resolver: Resolver
): { programmes: CoverageLine[]; regions: CoverageLine[] } {
	const byCode = new Map(register.map((authority) => [authority.code, authority]));
	const tally = (lines: Map<string, { initiatives: number; authorities: Set<string> }>, key: string, codes: string[]) => {
		const line = lines.get(key) ?? { initiatives: 0, authorities: new Set<string>() };
		line.initiatives++;
		for (const code of codes) line.authorities.add(code);
		lines.set(key, line);
	};
	const programmes = new Map<string, { initiatives: number; authorities: Set<string> }>();
	const regions = new Map<string, { initiatives: number; authorities: Set<string> }>();
	for (const row of dataset.initiatives) {
		const year = row.start_year ? Number(row.start_year) : null;
		const codes = councilNames(row)
			.map((name) => resolver.resolve(name, year).code)
			.filter((code): code is string => code !== null);
		tally(programmes, row.programme || '(no programme: shared service)', codes);
		const regionNames = new Set(codes.map((code) => byCode.get(code)?.regionName).filter((name): name is string => name !== undefined));
		for (const region of regionNames)
			tally(
				regions,
				region,
				codes.filter((code) => byCode.get(code)?.regionName === region)
			);
	}
	const lines = (map: Map<string, { initiatives: number; authorities: Set<string> }>) =>
		[...map]
			.map(([key, line]) => ({ key, initiatives: line.initiatives, authorities: line.authorities.size }))
			.sort((a, b) => b.initiatives - a.initiatives || a.key.localeCompare(b.key));
	return { programmes: lines(programmes), regions: lines(regions) };
}
