// `npm run seed`: loads data/seed into a running PocketBase (idempotent), for when `npm start` did not
// (a database that already had data) or after editing the seed files. Env: PB_URL, PB_SUPERUSER_EMAIL/PASSWORD.
import { readRegister } from '#lib/server/register.ts';
import { seed } from '#lib/server/seed.ts';
import { SeedError } from '#lib/server/seedTable.ts';
import { superuserClient, superuserLoginFromEnv } from './lib/superuserClient.ts';

try {
	const pb = await superuserClient(superuserLoginFromEnv());
	const result = await seed(pb, await readRegister());
	const { initiatives, ...reference } = result;
	for (const [collection, { created, updated, unchanged }] of Object.entries(reference)) {
		console.log(`${collection}: ${created} created, ${updated} updated, ${unchanged} unchanged`);
	}
	console.log(`initiatives: ${initiatives.created.length} created, ${initiatives.updated.length} updated, ${initiatives.unchanged.length} unchanged`);
} catch (error) {
	console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(error instanceof SeedError ? 1 : 2);
}
