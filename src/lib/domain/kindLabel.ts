// What each kind of council is called on screen. The register's kinds are lower-case keys; two of them
// are proper names (the City of London, the Isles of Scilly), so labels are written out, never re-cased.
import type { AuthorityKind } from './authority.ts';

const labels: Record<AuthorityKind, { start: string; inText: string }> = {
	county: { start: 'County', inText: 'county' },
	'non-metropolitan district': { start: 'Non-metropolitan district', inText: 'non-metropolitan district' },
	unitary: { start: 'Unitary', inText: 'unitary' },
	'metropolitan district': { start: 'Metropolitan district', inText: 'metropolitan district' },
	'london borough': { start: 'London borough', inText: 'London borough' },
	'city of london': { start: 'City of London Corporation', inText: 'City of London Corporation' },
	'isles of scilly': { start: 'Council of the Isles of Scilly', inText: 'Council of the Isles of Scilly' }
};

/** The kind at the start of a line or phrase: "Unitary", "London borough", "City of London Corporation". */
export function kindLabel(kind: AuthorityKind): string {
	return labels[kind].start;
}

/** The kind within a sentence: "unitary", "London borough". */
export function kindInText(kind: AuthorityKind): string {
	return labels[kind].inText;
}
