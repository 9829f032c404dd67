// Hostile input through every door: URL parameters, the app's forms, CSV imports and PocketBase's REST
// API called directly. Each case must be refused with a 4xx and a message a person can act on, never a
// 5xx or a stack trace, and none may change a stored record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { malformed } from '../support/imports.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { createUser } from '../support/users.ts';
import { signInToApp, startSeededApp, type AppServer } from '../support/appServer.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';
import { hostileApiCases, hostileFormCases, type FormSession } from './hostileCases.ts';

let pb: SeededPocketBase;
let app: AppServer;
let stop = async () => {};
let actors: Actors;
const sessions: Partial<Record<'editor' | 'contributor', FormSession>> = {};
let countsBefore: Record<string, number>;

const counted = ['initiatives', 'participations', 'initiative_relations', 'revisions', 'users', 'programmes', 'categories', 'authorities', 'changes'];

async function counts(): Promise<Record<string, number>> {
	const entries = await Promise.all(
		counted.map(async (name) => [name, (await pb.admin.collection(name).getList(1, 1, { fields: 'id', requestKey: null })).totalItems] as const)
	);
	return Object.fromEntries(entries);
}

async function signInThroughApp(email: string): Promise<FormSession> {
	return { url: app.url, cookie: await signInToApp(app.url, email) };
}

beforeAll(async () => {
	({ pb, app, stop } = await startSeededApp());
	actors = await createActors(pb, 'hostile');
	sessions.editor = await signInThroughApp('editor-hostile@test.invalid');
	sessions.contributor = await signInThroughApp('contributor-a-hostile@test.invalid');
	await createUser(pb.admin, { email: 'signout-hostile@test.invalid', role: 'contributor', name: 'Signs out', authorities: [actors.authorityA.id] });
	countsBefore = await counts();
});

afterAll(() => stop());

/** Asserts a refusal: a 4xx whose body carries a sentence, and no stack trace. */
async function expectRefused(response: Response, message?: RegExp | string): Promise<string> {
	const body = await response.text();
	const text = body
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
	expect(response.status, text.slice(0, 300)).toBeGreaterThanOrEqual(400);
	expect(response.status, text.slice(0, 300)).toBeLessThan(500);
	expect(text).toMatch(/[A-Za-z]{3,}[^.]*\b[a-z]{3,}/);
	expect(body).not.toMatch(/at .*\.(js|ts):\d+/);
	if (message) expect(text).toMatch(message);
	return text;
}

/** The longest stretch of a reason outside its quoted values (those are shown HTML-escaped or cut). */
const longestPlainPart = (reason: string) =>
	reason
		.split(/“[^”]*”|[;:(]/)
		.map((part) => part.trim())
		.sort((a, b) => b.length - a.length)[0];

const urlCases: [string, RegExp][] = [
	['/authorities/NOTACODE', /not found/i],
	['/authorities/%00', /not found/i],
	['/authorities/E99999999', /not found/i],
	['/authorities/E09000033x', /not found/i],
	[`/authorities/${'E'.repeat(4000)}`, /not found/i],
	['/initiatives/does-not-exist', /not found/i],
	['/initiatives/%2e%2e%2fetc%2fpasswd', /not found/i],
	['/initiatives/%00', /not found/i],
	[`/initiatives/${'a'.repeat(3000)}`, /not found/i],
	['/programmes/nope', /not found/i],
	['/programmes/%3Cscript%3E', /not found/i],
	['/%00', /not found/i],
	['/api/initiatives.csv?from=abc&to=1', /not a year/],
	['/api/initiatives.csv?from=2020&to=2010', /after/],
	['/api/initiatives.json?vintage=2099', /vintage/],
	['/api/initiatives.json?programme=nope', /no programme/],
	['/api/initiatives.json?programme=%22%20%7C%7C%201%3D1%20--', /no programme/],
	['/api/initiatives.geojson?region=%ZZ', /no region/],
	['/api/initiatives.json?status=bogus', /not a status/],
	['/api/initiatives.json?tier=middle', /not a tier/],
	['/api/initiatives.json?category=%00', /no service category/],
	['/api/initiatives.csv?region=E99', /no region/],
	['/api/initiatives.json?from=99999', /not a year/],
	['/api/initiatives.json?to=-1', /not a year/],
	['/api/initiatives.json?from=1e3', /not a year/],
	['/api/initiatives.json?from=0x7d0', /not a year/],
	['/api/initiatives.geojson?vintage=%00', /vintage/],
	['/api/initiatives.csv?status=%3Cscript%3E', /not a status/],
	['/partners/export.csv?authority=zzz', /Choose a council/],
	['/partners/export.csv', /Choose a council/]
];

describe('URL parameters', () => {
	it.each(urlCases.map(([path, message]) => [path.length > 70 ? `${path.slice(0, 67)}...` : path, path, message] as const))(
		'GET %s is refused with a message',
		async (_name, path, message) => {
			await expectRefused(await fetch(app.url + path, { redirect: 'manual' }), message);
		}
	);
});

describe('crafted redirect targets', () => {
	it.each(['/.//evil.example', '/a/..//x', '/%2e//x', '/a/%2e%2e//evil.example', '//evil.example', '/\\evil.example'])(
		'%s sends a signed-in visitor to a page of this site',
		async (target) => {
			const response = await fetch(`${app.url}/signin?redirect=${encodeURIComponent(target)}`, {
				redirect: 'manual',
				headers: { cookie: sessions.editor!.cookie }
			});
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toBe('/edit');
		}
	);

	it.each(['/.//evil.example', '/a/..//x', '/%2e//x'])('%s posted with a good password signs in and stays on the site', async (target) => {
		const response = await fetch(`${app.url}/signin`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: 'editor-hostile@test.invalid', password: 'correct-horse-battery', redirect: target })
		});
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/edit');
	});
});

describe('forms', () => {
	it.each(hostileFormCases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
		const session = c.as === 'anonymous' ? { url: app.url, cookie: '' } : sessions[c.as]!;
		await expectRefused(await c.send(session), c.message);
	});
});

describe('CSV files', () => {
	it.each(malformed.map((c) => [c.name, c] as const))('an upload with %s is refused with its problems', async (_name, c) => {
		const form = new FormData();
		form.set('file', new File([typeof c.input === 'string' ? c.input : new Uint8Array(c.input)], 'hostile.csv', { type: 'text/csv' }));
		const response = await fetch(`${app.url}/edit/import?/preview`, {
			method: 'POST',
			headers: { origin: app.url, accept: 'text/html', cookie: sessions.editor!.cookie },
			body: form
		});
		// An empty upload is refused before it is read, with its own message.
		await expectRefused(response, c.input.length === 0 ? /Choose a CSV file/ : longestPlainPart(c.problems[0].reason));
	});

	it.each(malformed.slice(0, 10).map((c) => [c.name, c] as const))('a confirm carrying %s is refused', async (_name, c) => {
		const response = await fetch(`${app.url}/edit/import?/confirm`, {
			method: 'POST',
			headers: { origin: app.url, accept: 'text/html', cookie: sessions.editor!.cookie, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ csv: typeof c.input === 'string' ? c.input : new TextDecoder().decode(c.input), lifecycle: 'published' })
		});
		await expectRefused(response);
	});
});

describe('REST API', () => {
	it.each(hostileApiCases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
		const client = c.as === 'superuser' ? pb.admin : actors[c.as];
		const response = await c.send(client, { pb, actors });
		await expectRefused(response, c.message);
	});
});

describe('sessions', () => {
	it('a session cookie replayed after signing out no longer opens /edit', async () => {
		const { cookie } = await signInThroughApp('signout-hostile@test.invalid');
		expect((await fetch(`${app.url}/edit`, { redirect: 'manual', headers: { cookie } })).status).toBe(200);
		const out = await fetch(`${app.url}/signout`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: app.url, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
			body: ''
		});
		expect(out.status).toBe(303);
		const replayed = await fetch(`${app.url}/edit`, { redirect: 'manual', headers: { cookie } });
		expect(replayed.status).toBe(303);
		expect(replayed.headers.get('location')).toMatch(/^\/signin/);
		const { token } = JSON.parse(decodeURIComponent(cookie.slice('pb_auth='.length))) as { token: string };
		expect((await fetch(`${pb.url}/api/collections/users/auth-refresh`, { method: 'POST', headers: { authorization: token } })).status).toBe(401);
	});
});

describe('afterwards', () => {
	it('has at least 100 hostile cases', () => {
		expect(urlCases.length + hostileFormCases().length + malformed.length + 10 + hostileApiCases().length).toBeGreaterThanOrEqual(100);
	});

	it('left every record count as it was', async () => {
		expect(await counts()).toEqual(countsBefore);
	});
});
