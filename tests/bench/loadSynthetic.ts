// Writes synthetic initiatives into PocketBase through its batch API (one transaction per batch).
import type PocketBase from 'pocketbase';
import type { SyntheticInitiative } from './synthetic.ts';

async function ids(pb: PocketBase, collection: string, key: string): Promise<Map<string, string>> {
	const records = await pb.collection(collection).getFullList({ fields: `id,${key}`, batch: 1000 });
	return new Map(records.map((record) => [record[key] as string, record.id]));
}

export async function loadSynthetic(pb: PocketBase, initiatives: SyntheticInitiative[], batchSize = 2000): Promise<void> {
	const [authorities, programmes, categories] = await Promise.all([ids(pb, 'authorities', 'code'), ids(pb, 'programmes', 'slug'), ids(pb, 'categories', 'slug')]);
	for (let start = 0; start < initiatives.length; start += batchSize) {
		const batch = pb.createBatch();
		const slice = initiatives.slice(start, start + batchSize);
		for (const item of slice) {
			batch.collection('initiatives').create({
				id: item.id,
				slug: item.slug,
				name: item.name,
				programme: programmes.get(item.programme),
				category: categories.get(item.category),
				status: item.status,
				start_year: item.startYear,
				description: 'Synthetic record for scaling benchmarks.',
				annual_savings: item.annualSavings,
				savings_basis: item.annualSavings ? 'synthetic annual figure' : '',
				sources: [{ url: 'https://example.org/synthetic', title: 'synthetic', date: '' }],
				lifecycle: 'published'
			});
		}
		await batch.send();
		const members = pb.createBatch();
		for (const item of slice) {
			item.members.forEach((code, i) => members.collection('participations').create({ initiative: item.id, authority: authorities.get(code), role: i === 0 ? 'lead' : 'partner' }));
		}
		await members.send();
	}
}
