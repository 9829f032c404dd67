// A proposal as rows of "field: current → proposed", for the review queue (every field for a new one).
import { noProgrammeLabel } from './noProgramme.ts';
import { figureLabel } from './savings/savingsLabels.ts';
import type { InitiativeDraft } from './validateImport.ts';

export interface ProposalRow {
	label: string;
	current: string | null;
	proposed: string;
}

// Proposals arrive as JSON from PocketBase: read each field defensively rather than trust its shape.
const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

const fields: [string, (draft: InitiativeDraft) => string][] = [
	['Name', (d) => String(d.name ?? '')],
	['Description', (d) => String(d.description ?? '')],
	['Programme', (d) => (d.programme ? String(d.programme) : noProgrammeLabel)],
	['Service category', (d) => String(d.category ?? '')],
	['Status', (d) => String(d.status ?? '')],
	['Status as of', (d) => String(d.statusAsOf ?? '')],
	['On the LGA’s map', (d) => (d.lgaMapListed ? 'yes' : 'no')],
	['Years', (d) => [d.startYear, d.endYear].map((y) => y ?? '…').join('–')],
	[
		'Councils',
		(d) =>
			list(d.participations)
				.map((p) => `${p.name}${p.role === 'lead' ? ' (lead)' : ''}`)
				.join('; ')
	],
	[
		'Savings',
		(d) =>
			list(d.savings)
				.map((f) => `${figureLabel(f, new Map(list(d.participations).map((p) => [p.code, p.name])))} (${f.basis})`)
				.join('; ')
	],
	[
		'Sources',
		(d) =>
			list(d.sources)
				.map((s) => (s.title ? `${s.title} <${s.url}>` : s.url))
				.join('; ')
	]
];

/** For an edit, only the fields that change; for a new initiative, every field (current is null). */
export function proposalRows(current: InitiativeDraft | null, proposed: InitiativeDraft): ProposalRow[] {
	return fields
		.map(([label, read]) => ({ label, current: current ? read(current) : null, proposed: read(proposed) }))
		.filter((row) => row.current === null || row.current !== row.proposed);
}
