// How every view names the councils on either side of a succession ("Somerset County Council → Somerset
// Council"). ONS names are used as ONS writes them, except where ONS gives both sides one name: a county and
// the unitary that replaced it (Somerset, 2023) are named as the councils they are, by tier; a council that
// only took a new code (Northumberland, 2013) is told apart by its codes. A note never names one name twice.
import type { Authority, AuthorityKind } from './authority.ts';

/** A side of a succession; `kind` may be unknown (a code outside the register). */
export type SuccessionParty = Pick<Authority, 'code' | 'name'> & { kind?: AuthorityKind };

/** The council as a body, for telling apart two that ONS names alike. */
export function councilName(party: Required<SuccessionParty>): string {
	switch (party.kind) {
		case 'county':
			return `${party.name} County Council`;
		case 'non-metropolitan district':
			return `${party.name} District Council`;
		case 'unitary':
		case 'metropolitan district':
		case 'london borough':
			return `${party.name} Council`;
		case 'city of london':
			return 'City of London Corporation';
		case 'isles of scilly':
			return 'Council of the Isles of Scilly';
	}
}

/** One side's name beside the other side of the succession (`side`: which of the two it is). */
function nameBeside(party: SuccessionParty, others: readonly SuccessionParty[], side: 'earlier' | 'later'): string {
	const same = others.filter((other) => other.code !== party.code && other.name === party.name);
	if (same.length === 0) return party.name;
	if (party.kind && same.every((other) => other.kind && other.kind !== party.kind)) return councilName({ ...party, kind: party.kind });
	return `${party.name} (${side === 'earlier' ? 'former' : 'new'} code ${party.code})`;
}

/** Names for a succession from one council to others (or, on an earlier map, from one to those it replaced: `direction`). */
export function successionNames(
	from: SuccessionParty,
	to: readonly SuccessionParty[],
	direction: 'forward' | 'backward' = 'forward'
): { from: string; to: string[] } {
	const [fromSide, toSide] = direction === 'forward' ? (['earlier', 'later'] as const) : (['later', 'earlier'] as const);
	return { from: nameBeside(from, to, fromSide), to: to.map((party) => nameBeside(party, [from], toSide)) };
}

/** A succession as one line: "Somerset County Council → Somerset Council". */
export function successionNote(from: SuccessionParty, to: readonly SuccessionParty[], direction: 'forward' | 'backward' = 'forward'): string {
	const names = successionNames(from, to, direction);
	return `${names.from} → ${names.to.join(', ')}`;
}

/**
 * Several successions in one note, one line each: a council named apart in one line (Somerset Council) is
 * named the same way in every other line, so the note does not call one body two things.
 */
export function successionLines(
	pairs: readonly { from: SuccessionParty; to: readonly SuccessionParty[] }[],
	direction: 'forward' | 'backward' = 'forward'
): string[] {
	const apart = new Map<string, string>();
	for (const { from, to } of pairs) {
		const names = successionNames(from, to, direction);
		[from, ...to].forEach((party, i) => {
			const name = i === 0 ? names.from : names.to[i - 1];
			if (name !== party.name) apart.set(party.code, name);
		});
	}
	const nameOf = (party: SuccessionParty) => apart.get(party.code) ?? party.name;
	return pairs.map(({ from, to }) => `${nameOf(from)} → ${to.map(nameOf).join(', ')}`);
}
