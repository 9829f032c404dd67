// The initiatives and participations collections, read back as domain Initiative records (published
// ones for the public; every lifecycle for the import, which needs a superuser client).
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import type { Filters } from '#lib/domain/filters.ts';
import type { Initiative, Participation, Role } from '#lib/domain/initiative.ts';
import { compareParticipations, type InitiativeDraft } from '#lib/domain/validateImport.ts';
import { categoryRecords } from './categories.ts';
import { programmeRecords } from './programmes.ts';

/** An initiative with the record ids the import needs to update it in place. */
export interface StoredInitiative {
	id: string;
	initiative: Initiative;
	/** Participation record ids by authority code. */
	participationIds: Map<string, string>;
}

/** The record body for an initiative; programme and category are record ids. */
export function initiativeRecord(draft: InitiativeDraft, refs: { programme: string; category: string }) {
	return {
		slug: draft.slug,
		name: draft.name,
		programme: refs.programme,
		category: refs.category,
		status: draft.status,
		start_year: draft.startYear ?? 0,
		end_year: draft.endYear ?? 0,
		description: draft.description,
		annual_savings: draft.annualSavings ?? 0,
		total_savings: draft.totalSavings ?? 0,
		savings_basis: draft.savingsBasis,
		sources: draft.sources
	};
}

const published = 'lifecycle = "published"';

/** PocketBase conditions for the filters it can answer itself; region and tier need the vintage (filterInitiatives). */
function conditions(pb: PocketBase, filters: Partial<Filters>, prefix: string): string[] {
	const anyOf = (field: string, values: readonly string[] | undefined) =>
		values && values.length > 0 ? [`(${values.map((value) => pb.filter(`${prefix}${field} = {:value}`, { value })).join(' || ')})`] : [];
	const years: string[] = [];
	if (filters.yearFrom != null) years.push(pb.filter(`${prefix}start_year >= {:year}`, { year: filters.yearFrom }));
	if (filters.yearTo != null) years.push(pb.filter(`${prefix}start_year <= {:year} && ${prefix}start_year > 0`, { year: filters.yearTo }));
	return [
		`${prefix}${published}`,
		...anyOf('programme.slug', filters.programmes),
		...anyOf('category.slug', filters.categories),
		...anyOf('status', filters.statuses),
		...years
	];
}

async function load(pb: PocketBase, initiativeFilter: string, participationFilter: string): Promise<StoredInitiative[]> {
	const [programmes, categories, authorities, records, participations] = await Promise.all([
		programmeRecords(pb),
		categoryRecords(pb),
		pb.collection('authorities').getFullList({ fields: 'id,code,name', batch: 1000, requestKey: null }),
		pb.collection('initiatives').getFullList({ filter: initiativeFilter, sort: 'slug', batch: 1000, requestKey: null }),
		pb.collection('participations').getFullList({ filter: participationFilter, fields: 'id,initiative,authority,role', batch: 1000, requestKey: null })
	]);
	const slugOf = (map: Map<string, { id: string }>) => new Map([...map].map(([slug, { id }]) => [id, slug]));
	const programmeSlugs = slugOf(programmes);
	const categorySlugs = slugOf(categories);
	const authoritiesById = new Map(authorities.map((record) => [record.id, record]));
	const byInitiative = new Map<string, RecordModel[]>();
	for (const participation of participations) {
		const list = byInitiative.get(participation.initiative) ?? [];
		list.push(participation);
		byInitiative.set(participation.initiative, list);
	}
	return records.map((record) => {
		const joined = byInitiative.get(record.id) ?? [];
		const participationIds = new Map<string, string>();
		const list: Participation[] = joined.map((participation) => {
			const authority = authoritiesById.get(participation.authority)!;
			participationIds.set(authority.code, participation.id);
			return { code: authority.code, name: authority.name, role: participation.role as Role };
		});
		return {
			id: record.id,
			participationIds,
			initiative: {
				slug: record.slug,
				name: record.name,
				programme: programmeSlugs.get(record.programme) ?? '',
				category: categorySlugs.get(record.category) ?? '',
				status: record.status,
				startYear: record.start_year || null,
				endYear: record.end_year || null,
				description: record.description,
				annualSavings: record.annual_savings || null,
				totalSavings: record.total_savings || null,
				savingsBasis: record.savings_basis,
				sources: record.sources ?? [],
				participations: list.sort(compareParticipations),
				lifecycle: record.lifecycle,
				updated: String(record.updated).replace(' ', 'T')
			}
		};
	});
}

/** Published initiatives, narrowed by the filters PocketBase can apply (all but region and tier). */
export async function listPublishedInitiatives(pb: PocketBase, filters: Partial<Filters> = {}): Promise<Initiative[]> {
	const stored = await load(pb, conditions(pb, filters, '').join(' && '), conditions(pb, filters, 'initiative.').join(' && '));
	return stored.map(({ initiative }) => initiative);
}

export async function getInitiative(pb: PocketBase, slug: string): Promise<Initiative | null> {
	const [stored] = await load(pb, pb.filter(`${published} && slug = {:slug}`, { slug }), pb.filter(`initiative.${published} && initiative.slug = {:slug}`, { slug }));
	return stored?.initiative ?? null;
}

/** Published initiatives an authority takes part in (by the code the initiatives name). */
export async function listInitiativesForAuthority(pb: PocketBase, code: string): Promise<Initiative[]> {
	const touches = 'participations_via_initiative.authority.code ?= {:code}';
	const stored = await load(
		pb,
		pb.filter(`${published} && ${touches}`, { code }),
		pb.filter(`initiative.${published} && initiative.${touches}`, { code })
	);
	return stored.map(({ initiative }) => initiative);
}

/** Every initiative whatever its lifecycle, with record ids (superuser client only). */
export async function storedInitiatives(pb: PocketBase): Promise<Map<string, StoredInitiative>> {
	const stored = await load(pb, '', '');
	return new Map(stored.map((item) => [item.initiative.slug, item]));
}
