// Two to four councils side by side: their initiatives (including those of councils they replaced), the
// services, their most frequent partners and their share of reported savings per kind and period (the
// savings rule in domain/savings; an initiative of a council it replaced gives that council's share; each
// counted once, as domain/relations.ts says).
import type { Authority } from '../domain/authority.ts';
import type { Initiative } from '../domain/initiative.ts';
import { authorityShare } from '../domain/savings/authorityShare.ts';
import { savingsTotals, type SavingsTotals } from '../domain/savings/savingsTotals.ts';
import { countedInitiatives, type Relation } from '../domain/relations.ts';

export interface CompareColumn {
	authority: Authority;
	/** Initiatives naming it, then those naming a council it replaced (`via` that council). */
	initiatives: { initiative: Initiative; via: string | null }[];
	/** Category slugs with how many of its initiatives are in each, most first. */
	categories: { slug: string; count: number }[];
	/** Councils named alongside it, most shared first, at most `partnerLimit`. */
	partners: { code: string; count: number }[];
	savings: SavingsTotals;
}

export interface Comparison {
	columns: CompareColumn[];
	/** Initiatives two or more of the compared councils take part in (directly or through a predecessor). */
	inCommon: { initiative: Initiative; codes: string[] }[];
}

const partnerLimit = 8;

function ancestors(code: string, register: ReadonlyMap<string, Pick<Authority, 'predecessors'>>): Set<string> {
	const found = new Set<string>();
	const queue = [...(register.get(code)?.predecessors ?? [])];
	while (queue.length > 0) {
		const next = queue.shift()!;
		if (next === code || found.has(next)) continue;
		found.add(next);
		queue.push(...(register.get(next)?.predecessors ?? []));
	}
	return found;
}

const tally = (values: string[]) =>
	[...values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>())]
		.map(([key, count]) => ({ key, count }))
		.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

function column(
	authority: Authority,
	initiatives: readonly Initiative[],
	register: ReadonlyMap<string, Authority>,
	relations: readonly Relation[]
): CompareColumn {
	const former = ancestors(authority.code, register);
	const own = initiatives.flatMap((initiative): CompareColumn['initiatives'] => {
		const codes = initiative.participations.map((p) => p.code);
		if (codes.includes(authority.code)) return [{ initiative, via: null }];
		const via = codes.find((code) => former.has(code));
		return via ? [{ initiative, via }] : [];
	});
	const self = new Set([authority.code, ...former]);
	return {
		authority,
		initiatives: [...own.filter((o) => o.via === null), ...own.filter((o) => o.via !== null)],
		categories: tally(own.map(({ initiative }) => initiative.category)).map(({ key, count }) => ({ slug: key, count })),
		partners: tally(own.flatMap(({ initiative }) => initiative.participations.map((p) => p.code).filter((code) => !self.has(code))))
			.slice(0, partnerLimit)
			.map(({ key, count }) => ({ code: key, count })),
		savings: savingsTotals(
			countedInitiatives(
				own.map(({ initiative, via }) => ({ slug: initiative.slug, initiative, via })),
				relations
			).flatMap(({ initiative, via }) =>
				authorityShare(
					initiative.savings,
					initiative.participations.map((p) => p.code),
					via ?? authority.code
				)
			)
		)
	};
}

export function compareAuthorities(
	codes: readonly string[],
	initiatives: readonly Initiative[],
	register: ReadonlyMap<string, Authority>,
	relations: readonly Relation[]
): Comparison {
	const columns = codes.flatMap((code) => (register.has(code) ? [column(register.get(code)!, initiatives, register, relations)] : []));
	const inCommon = initiatives
		.map((initiative) => ({
			initiative,
			codes: columns.filter((c) => c.initiatives.some((o) => o.initiative.slug === initiative.slug)).map((c) => c.authority.code)
		}))
		.filter(({ codes }) => codes.length >= 2);
	return { columns, inCommon };
}
