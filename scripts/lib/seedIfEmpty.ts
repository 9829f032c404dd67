// Seeds a database that has no programmes yet, with the project's seed dataset (data/seed/).
import { seed } from '#lib/server/seed.ts';
import { readRegister } from '#lib/server/register.ts';
import { superuserClient } from './superuserClient.ts';

export async function seedIfEmpty(url: string, superuser: { email: string; password: string }): Promise<void> {
	const pb = await superuserClient({ url, ...superuser });
	const { totalItems } = await pb.collection('programmes').getList(1, 1);
	if (totalItems > 0) return;
	console.log('Seeding the empty database from data/seed/ ...');
	await seed(pb, await readRegister());
}
