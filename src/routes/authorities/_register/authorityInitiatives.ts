// An authority's initiatives for its page: those naming it, and those naming an authority it replaced
// (through any chain of predecessors), which the page lists separately and says so.
import type { Authority } from '#lib/domain/authority.ts';
import type { Initiative } from '#lib/domain/initiative.ts';

export interface AuthorityInitiatives {
	direct: Initiative[];
	/** Initiatives of predecessors, with the predecessor they came through. */
	inherited: { initiative: Initiative; via: string }[];
}

/** Every council `code` replaced, through any chain of predecessors. */
export function ancestorsOf(code: string, register: ReadonlyMap<string, Pick<Authority, 'predecessors'>>): Set<string> {
	const ancestors = new Set<string>();
	const queue = [...(register.get(code)?.predecessors ?? [])];
	while (queue.length > 0) {
		const next = queue.shift()!;
		if (next === code || ancestors.has(next)) continue;
		ancestors.add(next);
		queue.push(...(register.get(next)?.predecessors ?? []));
	}
	return ancestors;
}

export function authorityInitiatives(
	code: string,
	initiatives: readonly Initiative[],
	register: ReadonlyMap<string, Pick<Authority, 'predecessors'>>
): AuthorityInitiatives {
	const ancestors = ancestorsOf(code, register);
	const direct: Initiative[] = [];
	const inherited: AuthorityInitiatives['inherited'] = [];
	for (const initiative of initiatives) {
		const codes = initiative.participations.map((p) => p.code);
		if (codes.includes(code)) direct.push(initiative);
		else {
			const via = codes.find((c) => ancestors.has(c));
			if (via) inherited.push({ initiative, via });
		}
	}
	return { direct, inherited };
}
