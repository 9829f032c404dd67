// The app under stress from outside: PocketBase going away and coming back, and malformed requests
// to every route. A user must never see a stack trace or a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPocketBase } from '../../scripts/lib/pocketbase.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';
import { startSeededApp, type AppServer } from '../support/appServer.ts';
import { password } from '../support/users.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';

let pb: SeededPocketBase;
let app: AppServer;
let stop = async () => {};

beforeAll(async () => {
	({ pb, app, stop } = await startSeededApp());
});

afterAll(() => stop());

describe('malformed requests', () => {
	const longCode = 'E'.repeat(4000);
	const paths = [
		'/',
		'/?vintage=1999&view=globe&metric=happiness&from=2020&to=2010&programme=nope&category=%3Cscript%3E&selected=XYZ&region=E99',
		'/?from=abc&to=&tier=middle&status=unknown,bogus',
		'/?selected=' + longCode,
		`/?q=${'x'.repeat(6000)}`,
		'/authorities/NOTACODE',
		'/authorities/%00',
		'/authorities/%E0%A4%A',
		`/authorities/${longCode}`,
		'/authorities/E09000033?vintage=nope',
		'/initiatives/does-not-exist',
		'/initiatives/%2e%2e%2fetc%2fpasswd',
		'/programmes/nope',
		'/api/initiatives.csv?from=abc&to=1',
		'/api/initiatives.json?vintage=2099&programme=' + encodeURIComponent('" || 1=1 --'),
		'/api/initiatives.geojson?region=%ZZ',
		'/partners?authority=zzz&category=nope',
		'/insights?region=bad&tier=middle',
		'/compare?codes=,,,E09000033,NOPE,NOPE,NOPE,NOPE,NOPE',
		'/signin?redirect=https://evil.example',
		'/health?x=' + '%'.repeat(10)
	];

	// Test names carry at most 80 characters of the path; the request uses all of it.
	it.each(paths.map((path) => [path.length > 80 ? `${path.slice(0, 77)}...` : path, path]))(
		'GET %s answers without a server error',
		async (_name, path) => {
			const response = await fetch(app.url + path, { redirect: 'manual' });
			expect(response.status, `${path} -> ${response.status}`).toBeLessThan(500);
			expect(await response.text()).not.toMatch(/at .*\.(js|ts):\d+/); // no stack trace
		}
	);

	it.each([
		['POST', '/health'],
		['DELETE', '/api/initiatives.json'],
		['PUT', '/'],
		['PATCH', '/authorities/E09000033'],
		['POST', '/api/initiatives.csv']
	])('%s %s is refused without a server error', async (method, path) => {
		const response = await fetch(app.url + path, {
			method,
			headers: { origin: app.url, 'content-type': 'application/json' },
			body: method === 'DELETE' ? undefined : '{"broken": '
		});
		expect(response.status).toBeGreaterThanOrEqual(400);
		expect(response.status).toBeLessThan(500);
	});

	it('refuses an invalid JSON body posted to a form action without a server error', async () => {
		const response = await fetch(`${app.url}/signin`, {
			method: 'POST',
			headers: { origin: app.url, 'content-type': 'application/json' },
			body: '{"email": '
		});
		expect(response.status).toBeLessThan(500);
	});
});

describe('PocketBase outage', () => {
	it('answers 503 with a clear page while PocketBase is down, and recovers by itself', async () => {
		const page = '/authorities/E09000033';
		expect((await fetch(app.url + page)).status).toBe(200);

		const port = Number(new URL(pb.url).port);
		await pb.stopKeepingData();
		// The page was cached a moment ago; the app serves it from memory only while its last look at
		// PocketBase is under 1 s old (README, "Caching"), so past that the outage shows.
		await new Promise((resolve) => setTimeout(resolve, 1000));
		const down = await fetch(app.url + page);
		expect(down.status).toBe(503);
		expect(await down.text()).toContain('temporarily unavailable');
		const health = await fetch(`${app.url}/health`);
		expect(health.status).toBe(503);
		expect(await health.json()).toEqual({ app: 'ok', pocketbase: 'unreachable' });

		const restarted = await startPocketBase({ port, dataDir: pb.dataDir, superuser: pb.superuser, output: 'ignore' });
		try {
			expect((await fetch(app.url + page)).status).toBe(200);
			expect((await fetch(`${app.url}/health`)).status).toBe(200);
		} finally {
			await restarted.stop();
		}
	});

	it('answers a signed-in form post with 503, keeping the session, not a trip to the sign-in page', async () => {
		// The test before left PocketBase stopped: this one starts it, and stops it for its own outage.
		const running = await startPocketBase({ port: Number(new URL(pb.url).port), dataDir: pb.dataDir, superuser: pb.superuser, output: 'ignore' });
		// Upserting the superuser at start renewed its token key: sign it in again.
		const admin = await superuserClient({ url: running.url, ...pb.superuser });
		await admin
			.collection('users')
			.create({ email: 'outage-post@test.invalid', password, passwordConfirm: password, role: 'editor', name: 'Outage post' });
		const signIn = await fetch(`${app.url}/signin`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: 'outage-post@test.invalid', password, redirect: '/edit' })
		});
		const cookie = signIn.headers
			.getSetCookie()
			.find((c) => c.startsWith('pb_auth='))!
			.split(';')[0];
		await running.stop();
		const post = (headers: Record<string, string>) =>
			fetch(`${app.url}/edit/initiatives/new`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: app.url, cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
				body: 'name=Typed+during+an+outage'
			});
		const plain = await post({ accept: 'text/html' });
		expect(plain.status).toBe(503);
		expect(plain.headers.getSetCookie().filter((c) => c.startsWith('pb_auth=') && /expires=Thu, 01 Jan 1970|max-age=0/i.test(c))).toEqual([]);
		const enhanced = await post({ accept: 'application/json', 'x-sveltekit-action': 'true' });
		expect(enhanced.status).toBe(503);
		expect(await enhanced.json()).toMatchObject({ type: 'error', error: { message: expect.stringContaining('temporarily unavailable') as string } });
		expect((await fetch(`${app.url}/edit`, { redirect: 'manual', headers: { cookie } })).status).toBe(503);
	});
});
