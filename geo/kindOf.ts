// What kind of council a GSS code names and which tier it sits in: the code prefix says it, with two
// one-off authorities (City of London, Isles of Scilly) that ONS files under the London borough and
// unitary prefixes.
import type { AuthorityKind, Tier } from '../src/lib/domain/authority.ts';

const cityOfLondon = 'E09000001';
const islesOfScilly = 'E06000053';

export function kindOf(code: string): AuthorityKind {
	if (code === cityOfLondon) return 'city of london';
	if (code === islesOfScilly) return 'isles of scilly';
	switch (code.slice(0, 3)) {
		case 'E06':
			return 'unitary';
		case 'E07':
			return 'non-metropolitan district';
		case 'E08':
			return 'metropolitan district';
		case 'E09':
			return 'london borough';
		case 'E10':
			return 'county';
		default:
			throw new Error(`${code} is not an English council code`);
	}
}

export function tierOf(kind: AuthorityKind): Tier {
	switch (kind) {
		case 'county':
			return 'upper';
		case 'non-metropolitan district':
			return 'lower';
		case 'unitary':
		case 'metropolitan district':
		case 'london borough':
		case 'city of london':
		case 'isles of scilly':
			return 'single';
	}
}
