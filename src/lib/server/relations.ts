// The initiative_relations collection, read back as domain Relations (by slug), and the seed's writer.
import type PocketBase from 'pocketbase';
import type { Relation, RelationKind } from '#lib/domain/relations.ts';
import type { Changes } from './seed.ts';

const fields =
	'id,relation,source_url,note,from_initiative,to_initiative,expand.from_initiative.slug,expand.from_initiative.name,expand.to_initiative.slug,expand.to_initiative.name';

/** An initiative_relations record with both ends expanded (an end the caller cannot see is missing). */
interface RelationRecord {
	id: string;
	relation: RelationKind;
	source_url: string;
	note: string;
	from_initiative: string;
	to_initiative: string;
	expand?: { from_initiative?: { slug: string; name: string }; to_initiative?: { slug: string; name: string } };
}

interface Stored {
	id: string;
	relation: Relation;
	/** Names of both ends, by slug. */
	names: Record<string, string>;
	/** Record ids of both ends. */
	ends: string[];
}

async function stored(pb: PocketBase, filter = ''): Promise<Stored[]> {
	const records = await pb
		.collection('initiative_relations')
		.getFullList<RelationRecord>({ filter, expand: 'from_initiative,to_initiative', fields, batch: 1000, requestKey: null });
	return records.flatMap((record) => {
		const fromRecord = record.expand?.from_initiative;
		const toRecord = record.expand?.to_initiative;
		// The list rule hides a link unless both ends are published; an end the caller cannot see is not expanded.
		if (!fromRecord?.slug || !toRecord?.slug) return [];
		const [from, to] = [fromRecord.slug, toRecord.slug];
		const names = { [from]: fromRecord.name, [to]: toRecord.name };
		return [
			{
				id: record.id,
				relation: { from, relation: record.relation, to, sourceUrl: record.source_url, note: record.note },
				names,
				ends: [record.from_initiative, record.to_initiative]
			}
		];
	});
}

/** Every relation the caller may see (the public: both ends published). */
export async function listRelations(pb: PocketBase): Promise<Relation[]> {
	return (await stored(pb)).map(({ relation }) => relation);
}

/**
 * Relations with the initiative whose record id is `id` at either end, with the names and record ids of the
 * initiatives at their ends: picked from every relation, read once per data version (filtering in
 * PocketBase costs more than reading them all, as its list rule is checked for every row it scans).
 */
export async function relationsOf(
	locals: Pick<App.Locals, 'pb' | 'memo'>,
	id: string
): Promise<{ relations: Relation[]; names: Record<string, string>; ids: string[] }> {
	const found = (await sharedRecords(locals)).filter(({ ends }) => ends.includes(id));
	return {
		relations: found.map(({ relation }) => relation),
		names: Object.fromEntries(found.flatMap(({ names }) => Object.entries(names))),
		ids: [...new Set(found.flatMap(({ ends }) => ends))]
	};
}

/** Creates or updates relations, matched by their from initiative and kind; others are left alone (superuser client). */
export async function writeRelations(pb: PocketBase, relations: readonly Relation[], idsBySlug: ReadonlyMap<string, string>): Promise<Changes> {
	const existing = new Map((await stored(pb)).map((item) => [`${item.relation.from}\u0000${item.relation.relation}`, item]));
	const changes: Changes = { created: 0, updated: 0, unchanged: 0 };
	const batch = pb.createBatch();
	for (const relation of relations) {
		const body = {
			from_initiative: idsBySlug.get(relation.from)!,
			relation: relation.relation,
			to_initiative: idsBySlug.get(relation.to)!,
			source_url: relation.sourceUrl,
			note: relation.note
		};
		const found = existing.get(`${relation.from}\u0000${relation.relation}`);
		if (!found) {
			batch.collection('initiative_relations').create(body);
			changes.created++;
		} else if (found.relation.to !== relation.to || found.relation.sourceUrl !== relation.sourceUrl || found.relation.note !== relation.note) {
			batch.collection('initiative_relations').update(found.id, body);
			changes.updated++;
		} else changes.unchanged++;
	}
	if (changes.created + changes.updated > 0) await batch.send({ requestKey: null });
	return changes;
}

/** Every relation with its ends, read once per data version and shared by every public render of it (pageCache.ts, `memo`). */
const sharedRecords = (locals: Pick<App.Locals, 'pb' | 'memo'>) => locals.memo('relation records', () => stored(locals.pb));

/** Every relation, as `sharedRecords` read them. */
export const sharedRelations = (locals: Pick<App.Locals, 'pb' | 'memo'>) =>
	locals.memo('relations', async () => (await sharedRecords(locals)).map(({ relation }) => relation));
