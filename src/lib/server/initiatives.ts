// The initiatives and participations collections, read back as domain Initiative records (published
// ones for the public; every lifecycle for the import, which needs a superuser client).
import type PocketBase from 'pocketbase';
import type { Initiative, Lifecycle, Participation, Role } from '#lib/domain/initiative.ts';
import { abolishedOn, type Authority } from '#lib/domain/authority.ts';
import type { AuthorityRecord } from './authorities.ts';
import { readRegister } from './register.ts';
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
		status_as_of: draft.statusAsOf,
		lga_map_listed: draft.lgaMapListed,
		start_year: draft.startYear ?? 0,
		end_year: draft.endYear ?? 0,
		description: draft.description,
		savings: draft.savings,
		sources: draft.sources
	};
}

/** An initiatives record as PocketBase returns it, with the programme and category when expanded. */
export type InitiativeRecord = ReturnType<typeof initiativeRecord> & {
	id: string;
	lifecycle: Lifecycle;
	updated: string;
	expand?: { programme?: { slug: string; name: string }; category?: { slug: string; name: string } };
};

/** A participations record, with its authority and initiative when expanded. */
export interface ParticipationRecord {
	id: string;
	initiative: string;
	authority: string;
	role: Role;
	expand?: { authority?: AuthorityRecord; initiative?: InitiativeRecord };
}

/** A row of the initiative_members view: a participation with its authority's code and name. */
interface MemberRecord {
	initiative: string;
	role: Role;
	code: string;
	name: string;
}

const published = 'lifecycle = "published"';

/** The domain Initiative for an initiatives record; programme and category are given as slugs. */
export function toInitiative(record: InitiativeRecord, programme: string, category: string, participations: Participation[]): Initiative {
	return {
		slug: record.slug,
		name: record.name,
		programme,
		category,
		status: record.status,
		statusAsOf: record.status_as_of ?? '',
		lgaMapListed: record.lga_map_listed ?? false,
		startYear: record.start_year || null,
		endYear: record.end_year || null,
		description: record.description,
		savings: Array.isArray(record.savings) ? record.savings : [],
		sources: record.sources ?? [],
		participations,
		lifecycle: record.lifecycle,
		updated: String(record.updated).replace(' ', 'T')
	};
}

/**
 * The register by code, for abolishedOn: whether a participation's council was abolished, and when, comes
 * from the register's successor data (a recoded council lives on), not from the authorities collection.
 */
export async function registerLookup(): Promise<(code: string) => Authority | undefined> {
	const register = new Map((await readRegister()).map((authority) => [authority.code, authority]));
	return (code) => register.get(code);
}

function slugsById(records: Map<string, { id: string }>): Map<string, string> {
	return new Map([...records].map(([slug, { id }]) => [id, slug]));
}

/** A participation as load() reads it: its council's code and name expanded. */
type ExpandedParticipation = Pick<ParticipationRecord, 'id' | 'initiative' | 'role'> & {
	expand?: { authority?: Pick<AuthorityRecord, 'code' | 'name'> };
};

/**
 * The participations `filter` selects, each with its council's code and name expanded: one initiative's
 * page then reads its few councils, not the whole table. Without a filter, every participation and every
 * council are read plain and joined here, as expanding each of thousands in PocketBase costs several times
 * both reads.
 */
async function readParticipations(pb: PocketBase, filter: string | null): Promise<ExpandedParticipation[]> {
	if (filter !== null) {
		return pb.collection('participations').getFullList<ExpandedParticipation>({
			filter,
			expand: 'authority',
			fields: 'id,initiative,role,expand.authority.code,expand.authority.name',
			batch: 1000,
			requestKey: null
		});
	}
	const [participations, authorities] = await Promise.all([
		pb.collection('participations').getFullList<Pick<ParticipationRecord, 'id' | 'initiative' | 'role' | 'authority'>>({
			fields: 'id,initiative,role,authority',
			batch: 1000,
			requestKey: null
		}),
		pb.collection('authorities').getFullList<Pick<AuthorityRecord, 'id' | 'code' | 'name'>>({ fields: 'id,code,name', batch: 1000, requestKey: null })
	]);
	const byId = new Map(authorities.map((authority) => [authority.id, authority]));
	return participations.flatMap(({ authority, ...participation }) => {
		const council = byId.get(authority);
		return council ? [{ ...participation, expand: { authority: council } }] : [];
	});
}

/** The initiatives `initiativeFilter` selects, with their participations (`participationFilter`; null: all). */
async function load(pb: PocketBase, initiativeFilter: string, participationFilter: string | null): Promise<StoredInitiative[]> {
	const [lookup, programmes, categories, records, participations] = await Promise.all([
		registerLookup(),
		programmeRecords(pb),
		categoryRecords(pb),
		pb.collection('initiatives').getFullList<InitiativeRecord>({ filter: initiativeFilter, sort: 'slug', batch: 1000, requestKey: null }),
		readParticipations(pb, participationFilter)
	]);
	const programmeSlugs = slugsById(programmes);
	const categorySlugs = slugsById(categories);
	const byInitiative = new Map<string, ExpandedParticipation[]>();
	for (const participation of participations) {
		const list = byInitiative.get(participation.initiative) ?? [];
		list.push(participation);
		byInitiative.set(participation.initiative, list);
	}
	return records.map((record) => {
		const joined = byInitiative.get(record.id) ?? [];
		const participationIds = new Map<string, string>();
		const list: Participation[] = joined.map((participation) => {
			const authority = participation.expand!.authority!;
			participationIds.set(authority.code, participation.id);
			return { code: authority.code, name: authority.name, role: participation.role, abolished: abolishedOn(authority.code, lookup) };
		});
		return {
			id: record.id,
			participationIds,
			initiative: toInitiative(
				record,
				programmeSlugs.get(record.programme) ?? '',
				categorySlugs.get(record.category) ?? '',
				list.sort(compareParticipations)
			)
		};
	});
}

/** Every published initiative with its record ids, in slug order. */
export const listPublishedRecords = (pb: PocketBase): Promise<StoredInitiative[]> => load(pb, published, null);

/** Every published initiative (views filter them in memory, by the one rule in filterInitiatives). */
export async function listPublishedInitiatives(pb: PocketBase): Promise<Initiative[]> {
	return (await listPublishedRecords(pb)).map(({ initiative }) => initiative);
}

export async function getInitiative(pb: PocketBase, slug: string): Promise<StoredInitiative | null> {
	const [stored] = await load(
		pb,
		pb.filter(`${published} && slug = {:slug}`, { slug }),
		pb.filter(`initiative.${published} && initiative.slug = {:slug}`, { slug })
	);
	return stored ?? null;
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

/** A page of the initiatives naming some councils, with what a page needs to show them. */
export interface InitiativesNaming {
	initiatives: Initiative[];
	/** Their record ids, in the same order (the page cache matches changes against them). */
	ids: string[];
	/** About how many published initiatives name the councils (see below). */
	total: number;
	/** Names of the programmes and categories of these initiatives, by slug. */
	programmeNames: Record<string, string>;
	categoryNames: Record<string, string>;
}

const listedFields = [
	'id',
	'slug',
	'name',
	'status',
	'status_as_of',
	'lga_map_listed',
	'start_year',
	'end_year',
	'description',
	'savings',
	'sources',
	'lifecycle',
	'updated'
]
	.concat(['programme', 'category'].flatMap((relation) => [`expand.${relation}.slug`, `expand.${relation}.name`]))
	.join(',');

/**
 * Published initiatives naming any of `codes`, most recent first, at most `limit` of them, with the
 * total. Two round trips on the initiative_members view: the council's page of members (SQLite finds the
 * council through its code index, joins its participations to their initiatives through
 * idx_initiatives_listing, which covers lifecycle and start year, and sorts the result), then, in
 * parallel, the initiatives with their programme and category names, all their members, and the count,
 * which only a full page needs.
 */
export async function listInitiativesNaming(pb: PocketBase, codes: readonly string[], limit = 100): Promise<InitiativesNaming> {
	const none: InitiativesNaming = { initiatives: [], ids: [], total: 0, programmeNames: {}, categoryNames: {} };
	if (codes.length === 0) return none;
	const naming = codes.map((code) => pb.filter('code = {:code}', { code })).join(' || ');
	const page = await pb.collection('initiative_members').getList<Pick<MemberRecord, 'initiative'>>(1, limit, {
		filter: naming,
		sort: '-start_year,initiative',
		fields: 'initiative',
		skipTotal: true,
		requestKey: null
	});
	const ids = [...new Set(page.items.map((item) => item.initiative))];
	if (ids.length === 0) return none;
	const byId = ids.map((id) => pb.filter('id = {:id}', { id })).join(' || ');
	const byInitiative = ids.map((id) => pb.filter('initiative = {:id}', { id })).join(' || ');
	const [records, participations, counted] = await Promise.all([
		pb
			.collection('initiatives')
			.getFullList<InitiativeRecord>({ filter: byId, expand: 'programme,category', fields: listedFields, requestKey: null }),
		pb.collection('initiative_members').getFullList<MemberRecord>({ filter: byInitiative, fields: 'initiative,role,code,name', requestKey: null }),
		page.items.length < limit
			? page.items.length
			: pb
					.collection('initiative_members')
					.getList(1, 1, { filter: naming, fields: 'id', requestKey: null })
					.then((all) => all.totalItems)
	]);
	const lookup = await registerLookup();
	const members = new Map<string, Participation[]>();
	for (const p of participations) {
		const list = members.get(p.initiative) ?? [];
		list.push({ code: p.code, name: p.name, role: p.role, abolished: abolishedOn(p.code, lookup) });
		members.set(p.initiative, list);
	}
	const programmeNames: Record<string, string> = {};
	const categoryNames: Record<string, string> = {};
	const order = new Map(ids.map((id, i) => [id, i]));
	const sorted = records.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
	const initiatives = sorted.map((record) => {
		const programme = record.expand?.programme ?? { slug: '', name: '' };
		const category = record.expand?.category ?? { slug: '', name: '' };
		programmeNames[programme.slug] = programme.name;
		categoryNames[category.slug] = category.name;
		return toInitiative(record, programme.slug, category.slug, (members.get(record.id) ?? []).sort(compareParticipations));
	});
	// The total counts participations, so an initiative naming two of `codes` counts twice; close enough for "showing N of about T".
	return { initiatives, ids: sorted.map((record) => record.id), total: Math.max(counted, initiatives.length), programmeNames, categoryNames };
}

/** Up to this many slugs are read by name; more, and reading every initiative is quicker than the filter. */
const slugsReadByName = 50;

/** The initiatives with these slugs (every one when omitted), whatever their lifecycle, with record ids (superuser client only). */
export async function storedInitiatives(pb: PocketBase, slugs?: readonly string[]): Promise<Map<string, StoredInitiative>> {
	let named = slugs === undefined ? undefined : [...new Set(slugs)];
	// Many slugs: first which of them are stored (every slug is a short list), since a file of new
	// initiatives names none, and reading every initiative with its councils would be for nothing.
	if (named !== undefined && named.length > slugsReadByName) {
		const all = await pb.collection('initiatives').getFullList<{ slug: string }>({ fields: 'slug', batch: 1000, requestKey: null });
		const stored = new Set(all.map((record) => record.slug));
		const found = named.filter((slug) => stored.has(slug));
		named = found.length <= slugsReadByName ? found : undefined;
	}
	if (named?.length === 0) return new Map();
	const only = (field: string) => (named ? named.map((slug) => pb.filter(`${field} = {:slug}`, { slug })).join(' || ') : '');
	const stored = await load(pb, only('slug'), only('initiative.slug'));
	return new Map(stored.map((item) => [item.initiative.slug, item]));
}

/**
 * `stored` brought up to date for the initiatives with these record ids: each is read again with its
 * councils (dropped if no longer published), the rest kept, in the list's order (by slug).
 */
export async function patchPublished(pb: PocketBase, stored: readonly StoredInitiative[], ids: readonly string[]): Promise<StoredInitiative[]> {
	if (ids.length === 0) return [...stored];
	// Past this many, one filter naming each would be long, and reading them all is as quick.
	if (ids.length > 50) return listPublishedRecords(pb);
	const among = (field: string) => ids.map((id) => pb.filter(`${field} = {:id}`, { id })).join(' || ');
	const fresh = await load(pb, `${published} && (${among('id')})`, `initiative.${published} && (${among('initiative')})`);
	const changed = new Set(ids);
	return [...stored.filter((item) => !changed.has(item.id)), ...fresh].sort((a, b) =>
		a.initiative.slug < b.initiative.slug ? -1 : a.initiative.slug > b.initiative.slug ? 1 : 0
	);
}

/**
 * Every published initiative with its record ids, shared by every public render of a data version
 * (pageCache.ts, `memo`): read whole once, then patched with the initiatives each change names.
 */
const sharedPublishedRecords = (locals: Pick<App.Locals, 'pb' | 'memo'>) =>
	locals.memo(
		'published-records',
		() => listPublishedRecords(locals.pb),
		(previous, ids) => patchPublished(locals.pb, previous, ids)
	);

/** Every published initiative, as `sharedPublishedRecords` holds them. */
export const sharedPublishedInitiatives = (locals: Pick<App.Locals, 'pb' | 'memo'>) =>
	locals.memo('published-initiatives', async () => (await sharedPublishedRecords(locals)).map(({ initiative }) => initiative));
