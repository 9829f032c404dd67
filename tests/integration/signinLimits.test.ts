// Sign-in limits are the visitor's, not the site's: PocketBase sees each visitor's own address (the app
// behind its reverse proxy forwards it), so one place guessing passwords cannot stop anyone else signing
// in, nor lock an account's owner out.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, password } from '../support/users.ts';
import { startSeededApp, type AppServer } from '../support/appServer.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let app: AppServer;
let stop = async () => {};

beforeAll(async () => {
	// As in production behind one reverse proxy, which sets X-Forwarded-For to the visitor's address.
	({ pb, app, stop } = await startSeededApp({ APP_TRUST_PROXY: '1' }));
	await createUser(pb.admin, { email: 'owner-limits@test.invalid', role: 'editor', name: 'Owner' });
	await createUser(pb.admin, { email: 'bystander-limits@test.invalid', role: 'editor', name: 'Bystander' });
});

afterAll(() => stop());

const signIn = (from: string, email: string, secret: string) =>
	fetch(`${app.url}/signin`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
		body: new URLSearchParams({ email, password: secret, redirect: '/edit' })
	});

it('100 bad attempts from one client leave the owner, and everyone else, able to sign in from elsewhere', { timeout: 120_000 }, async () => {
	const attacker = '203.0.113.9';
	const statuses: number[] = [];
	for (let i = 0; i < 100; i++) {
		const email = i % 2 === 0 ? 'owner-limits@test.invalid' : `nobody-${i}@test.invalid`;
		statuses.push((await signIn(attacker, email, `wrong-guess-${i}`)).status);
	}
	expect(statuses.filter((status) => status >= 500)).toEqual([]);
	// The attacker is stopped: its own address is limited, and the account refuses it.
	expect(statuses.slice(-10).every((status) => status === 429)).toBe(true);
	expect((await signIn(attacker, 'owner-limits@test.invalid', password)).status).toBe(429);

	expect((await signIn('198.51.100.20', 'owner-limits@test.invalid', password)).status).toBe(303);
	expect((await signIn('198.51.100.21', 'bystander-limits@test.invalid', password)).status).toBe(303);
});
