// The categories collection, read back as domain Category records.
import type PocketBase from 'pocketbase';
import type { Category } from '#lib/domain/initiative.ts';

export function categoryRecord(category: Category) {
	return { slug: category.slug, name: category.name };
}

/** Every category with its record id, by slug. */
/** A categories record: what categoryRecord writes, with its id. */
export type CategoryRecord = ReturnType<typeof categoryRecord> & { id: string };

export async function categoryRecords(pb: PocketBase): Promise<Map<string, { id: string; category: Category }>> {
	const records = await pb.collection('categories').getFullList<CategoryRecord>({ sort: 'slug', requestKey: null });
	return new Map(records.map((record) => [record.slug, { id: record.id, category: { slug: record.slug, name: record.name } }]));
}

export async function listCategories(pb: PocketBase): Promise<Category[]> {
	return [...(await categoryRecords(pb)).values()].map(({ category }) => category);
}

/** Every category, read once per data version and shared by every public render of it (pageCache.ts, `memo`). */
export const sharedCategories = (locals: Pick<App.Locals, 'pb' | 'memo'>) => locals.memo('categories', () => listCategories(locals.pb));
