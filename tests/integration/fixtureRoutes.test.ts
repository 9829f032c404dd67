// The fixture pages are test scaffolding: the built app serves them only when APP_ENV=test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports.ts';
import { startAppServer, type AppServer } from '../support/appServer.ts';

const fixtures = ['/fixtures/basemap', '/fixtures/basemap/style.json', '/fixtures/blank-map', '/fixtures/recolour'];
// No PocketBase is needed to answer these paths: the app is pointed at a port nothing listens on.
const superuser = { email: 'superuser@test.invalid', password: 'fixture-routes' };

describe.each(['production', 'development', 'test'] as const)('with APP_ENV=%s', (appEnv) => {
	let app: AppServer;
	beforeAll(async () => {
		app = await startAppServer(`http://127.0.0.1:${await freePort()}`, superuser, { APP_ENV: appEnv });
	});
	afterAll(() => app?.stop());

	it.each(fixtures)(appEnv === 'test' ? 'serves %s' : 'answers 404 for %s', async (path) => {
		const response = await fetch(app.url + path);
		expect(response.status).toBe(appEnv === 'test' ? 200 : 404);
		if (appEnv !== 'test') expect(await response.text()).not.toContain('fixture');
	});

	it('serves the explorer whatever the environment', async () => {
		expect((await fetch(app.url + '/')).status).not.toBe(404);
	});
});
