// Seeds a database that has no programmes yet, with the project's seed dataset (data/seed/).
import PocketBase from 'pocketbase';

export async function seedIfEmpty(url: string, superuser: { email: string; password: string }): Promise<void> {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
	const existing = await pb.collections.getFullList({ filter: 'name = "programmes"' });
	if (existing.length === 0) return; // schema not there yet (no migrations): nothing to seed
	const { totalItems } = await pb.collection('programmes').getList(1, 1);
	if (totalItems > 0) return;
	const { seed } = await import('#lib/server/seed.ts');
	const { readRegister } = await import('#lib/server/register.ts');
	console.log('Seeding the empty database from data/seed/ ...');
	await seed(pb, await readRegister());
}
