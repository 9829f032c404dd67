// The shared name resolver over the authorities in PocketBase, reading only the fields it needs (the
// typeahead asks on every keystroke, and the full records carry geometry).
import type PocketBase from 'pocketbase';
import { createResolver, type Resolver } from '#lib/domain/resolveAuthority.ts';
import type { AuthorityRecord } from './authorities.ts';

export async function authorityResolver(pb: PocketBase): Promise<Resolver> {
	const records = await pb
		.collection('authorities')
		.getFullList<Pick<AuthorityRecord, 'id' | 'code' | 'name' | 'aliases' | 'kind' | 'valid_from' | 'valid_to' | 'successors'>>({
			fields: 'id,code,name,aliases,kind,valid_from,valid_to,successors',
			batch: 1000,
			requestKey: null
		});
	return createResolver(
		records.map((record) => ({
			code: record.code,
			name: record.name,
			aliases: record.aliases ?? [],
			kind: record.kind,
			validFrom: record.valid_from || null,
			validTo: record.valid_to || null,
			// Read by abolishedOn through the resolver: a recoded council lives on under its successor code.
			successors: record.successors ?? []
		}))
	);
}
