// An editor adds a council officer through the contributors form, as they would in the browser without
// JavaScript: the account exists, speaks for the councils named (each resolved by the shared name
// resolver), and signs in with the password given.
import { afterAll, beforeAll, expect, it } from 'vitest';
import PocketBase from 'pocketbase';
import { signInToApp, startSeededApp, type AppServer } from '../support/appServer.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';
import { createUser } from '../support/users.ts';

let pb: SeededPocketBase;
let app: AppServer;
let stop = async () => {};
let cookie = '';

beforeAll(async () => {
	({ pb, app, stop } = await startSeededApp());
	await createUser(pb.admin, { email: 'editor-form@test.invalid', role: 'editor', name: 'Editor of the form' });
	cookie = await signInToApp(app.url, 'editor-form@test.invalid');
});

afterAll(() => stop());

it('creates the account for the councils named, and it signs in', async () => {
	const email = 'officer-form@council.gov.uk';
	const secret = 'a-long-unusual-passphrase-42';
	const response = await fetch(`${app.url}/edit/contributors?/create`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, name: 'Officer of two boroughs', password: secret, authorities: 'Westminster; Camden' })
	});
	expect(response.status, await response.clone().text()).toBeLessThan(400);

	const record = await pb.admin.collection('users').getFirstListItem(pb.admin.filter('email = {:email}', { email }), { expand: 'authorities' });
	expect(record.role).toBe('contributor');
	expect((record.expand?.authorities as { code: string }[]).map((a) => a.code).sort()).toEqual(['E09000007', 'E09000033']);
	const officer = new PocketBase(pb.url);
	await expect(officer.collection('users').authWithPassword(email, secret)).resolves.toBeTruthy();
});
