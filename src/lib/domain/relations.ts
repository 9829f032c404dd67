// Relations between initiatives: one is part of another (a two-borough part of the tri-borough), or was
// succeeded by another. Pages show related initiatives together, and totals count each arrangement once:
// countedWithin is the one rule for that, used by every total, and repeated in SQL by the PocketBase
// aggregates (pb_migrations/*_count_related_once_in_aggregates.js, pb_hooks/lib/authorityStats.js).
import { controlCharacter, controlCharacterReason } from './controlCharacter.ts';
import { isWebAddress } from './webAddress.ts';

export const relationKinds = ['part_of', 'succeeded_by'] as const;
export type RelationKind = (typeof relationKinds)[number];

export interface Relation {
	/** Slug of the part, or of the arrangement that was succeeded. */
	from: string;
	relation: RelationKind;
	/** Slug of the parent, or of the successor. */
	to: string;
	sourceUrl: string;
	note: string;
}

/** Every initiative reachable from `slug` by following part_of and succeeded_by links (never `slug` itself). */
function coveringInitiatives(slug: string, links: ReadonlyMap<string, string[]>): Set<string> {
	const reached = new Set<string>();
	const queue = [...(links.get(slug) ?? [])];
	while (queue.length > 0) {
		const next = queue.pop()!;
		if (next === slug || reached.has(next)) continue;
		reached.add(next);
		queue.push(...(links.get(next) ?? []));
	}
	return reached;
}

function linksFrom(relations: readonly Relation[]): Map<string, string[]> {
	const links = new Map<string, string[]>();
	for (const { from, to } of relations) links.set(from, [...(links.get(from) ?? []), to]);
	return links;
}

/**
 * Whether totals over a set count an initiative: not when something it is part of, or something that
 * succeeded it, directly or through a chain of such links, is in the set too, since that one already stands
 * for it. Built once for many sets over the same relations (one per council, say); a part or predecessor
 * whose parent or successor is not in the set (filtered out, or unpublished) counts.
 */
export function countedWithin(relations: readonly Relation[]): (slug: string, set: ReadonlySet<string>) => boolean {
	const links = linksFrom(relations);
	const covering = new Map<string, Set<string>>();
	return (slug, set) => {
		let found = covering.get(slug);
		if (!found) covering.set(slug, (found = coveringInitiatives(slug, links)));
		return ![...found].some((other) => set.has(other));
	};
}

/** The initiatives of `initiatives` that totals count (countedWithin, the set being `initiatives`). Order is kept. */
export function countedInitiatives<T extends { slug: string }>(initiatives: readonly T[], relations: readonly Relation[]): T[] {
	const present = new Set(initiatives.map((initiative) => initiative.slug));
	const counts = countedWithin(relations);
	return initiatives.filter((initiative) => counts(initiative.slug, present));
}

/** Whether totals over `slugs` count `slug` on its own (see countedWithin). */
export function isCountedSeparately(slug: string, slugs: ReadonlySet<string>, relations: readonly Relation[]): boolean {
	return countedWithin(relations)(slug, slugs);
}

/** What an initiative's page lists beside it: its parent and parts, what it succeeded and what succeeded it. */
export interface RelatedInitiatives {
	partOf: Relation[];
	parts: Relation[];
	succeeded: Relation[];
	succeededBy: Relation[];
}

export function relatedInitiatives(slug: string, relations: readonly Relation[]): RelatedInitiatives {
	const of = (kind: RelationKind, end: 'from' | 'to') => relations.filter((r) => r.relation === kind && r[end] === slug);
	return { partOf: of('part_of', 'from'), parts: of('part_of', 'to'), succeeded: of('succeeded_by', 'to'), succeededBy: of('succeeded_by', 'from') };
}

export interface RelationProblem {
	line: number;
	column: string;
	reason: string;
}

/**
 * Rows of relations.csv (cells from_id, relation, to_id, source_url, note; `line` is the file line) checked
 * against the initiatives' slugs: both ends exist, the kind is known, an initiative is never its own
 * relation, has at most one parent and one successor, and no chain of links loops.
 */
export function validateRelations(
	rows: readonly { line: number; cells: Record<string, string> }[],
	slugs: ReadonlySet<string>
): { relations: Relation[]; problems: RelationProblem[] } {
	const relations: Relation[] = [];
	const problems: RelationProblem[] = [];
	const seen = new Map<string, number>();
	for (const { line, cells: row } of rows) {
		const report = (column: string, reason: string) => problems.push({ line, column, reason });
		const from = (row.from_id ?? '').trim();
		const to = (row.to_id ?? '').trim();
		const relation = (row.relation ?? '').trim();
		const before = problems.length;
		if (!slugs.has(from)) report('from_id', `no initiative has the id “${from}”`);
		if (!slugs.has(to)) report('to_id', `no initiative has the id “${to}”`);
		if (!(relationKinds as readonly string[]).includes(relation))
			report('relation', `“${relation}” is not a relation; use ${relationKinds.join(' or ')}`);
		if (from !== '' && from === to) report('to_id', 'an initiative cannot be related to itself');
		const sourceUrl = (row.source_url ?? '').trim();
		// Shown as a link beside the relation: never javascript: or data:.
		if (sourceUrl !== '' && !isWebAddress(sourceUrl))
			report('source_url', `“${sourceUrl}” is not a web address; it must start with http:// or https:// and contain no spaces`);
		for (const column of ['source_url', 'note']) {
			const control = controlCharacter(row[column] ?? '', { multiline: column === 'note' });
			if (control) report(column, controlCharacterReason(control));
		}
		const key = `${from}\u0000${relation}`;
		const earlier = seen.get(key);
		if (earlier !== undefined)
			report('from_id', `“${from}” already has a ${relation} link on line ${earlier}; an initiative has at most one of each`);
		if (problems.length > before) continue;
		seen.set(key, line);
		relations.push({ from, relation: relation as RelationKind, to, sourceUrl, note: (row.note ?? '').trim() });
	}
	for (const kind of relationKinds) {
		const links = linksFrom(relations.filter((r) => r.relation === kind));
		for (const r of relations.filter((r) => r.relation === kind)) {
			if (r.to === r.from || coveringInitiatives(r.to, links).has(r.from)) {
				problems.push({
					line: seen.get(`${r.from}\u0000${kind}`) ?? 0,
					column: 'to_id',
					reason: `following ${kind} from “${r.from}” comes back to it; links must not loop`
				});
			}
		}
	}
	return { relations: problems.length > 0 ? [] : relations, problems };
}
