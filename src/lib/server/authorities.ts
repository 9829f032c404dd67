// The authorities collection: the register as PocketBase stores it, read back as domain Authority records.
import type PocketBase from 'pocketbase';
import type { Authority } from '#lib/domain/authority.ts';

/** An authorities record: what authorityRecord writes, with its id. */
export type AuthorityRecord = ReturnType<typeof authorityRecord> & { id: string };

export function authorityRecord(authority: Authority) {
	return {
		code: authority.code,
		name: authority.name,
		aliases: authority.aliases,
		kind: authority.kind,
		tier: authority.tier,
		region: authority.region,
		region_name: authority.regionName,
		parent: authority.parent ?? '',
		valid_from: authority.validFrom ?? '',
		valid_to: authority.validTo ?? '',
		predecessors: authority.predecessors,
		successors: authority.successors,
		vintages: authority.vintages,
		neighbours: authority.neighbours,
		centroid: authority.centroid,
		bbox: authority.bbox,
		population: authority.population
	};
}

export function toAuthority(record: AuthorityRecord): Authority {
	return {
		code: record.code,
		name: record.name,
		aliases: record.aliases ?? [],
		kind: record.kind,
		tier: record.tier,
		region: record.region,
		regionName: record.region_name,
		parent: record.parent || null,
		validFrom: record.valid_from || null,
		validTo: record.valid_to || null,
		predecessors: record.predecessors ?? [],
		successors: record.successors ?? [],
		vintages: record.vintages ?? [],
		neighbours: record.neighbours ?? {},
		centroid: record.centroid,
		bbox: record.bbox,
		population: record.population ?? []
	};
}

/** Every authority with its record id, by code. */
export async function authorityRecords(pb: PocketBase): Promise<Map<string, { id: string; authority: Authority }>> {
	const records = await pb.collection('authorities').getFullList<AuthorityRecord>({ sort: 'code', batch: 1000, requestKey: null });
	return new Map(records.map((record) => [record.code, { id: record.id, authority: toAuthority(record) }]));
}

export async function listAuthorities(pb: PocketBase): Promise<Authority[]> {
	return [...(await authorityRecords(pb)).values()].map(({ authority }) => authority);
}

/** The record ids of the councils with these codes (those PocketBase holds), for relation fields. */
export async function authorityIds(pb: PocketBase, codes: readonly string[]): Promise<string[]> {
	if (codes.length === 0) return [];
	const records = await pb.collection('authorities').getFullList<Pick<AuthorityRecord, 'id'>>({
		filter: codes.map((code) => pb.filter('code = {:code}', { code })).join(' || '),
		fields: 'id',
		requestKey: null
	});
	return records.map((record) => record.id);
}
