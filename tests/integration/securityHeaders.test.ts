// Security headers on the app's answers: SvelteKit's Content-Security-Policy with a nonce per page and no
// framing, plus nosniff, a referrer policy and a permissions policy, on pages, sign-in, editing and APIs.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSeededApp, type AppServer } from '../support/appServer.ts';

let app: AppServer;
let stop = async () => {};

beforeAll(async () => {
	({ app, stop } = await startSeededApp());
});

afterAll(() => stop());

it.each(['/', '/signin', '/edit', '/authorities/E09000033', '/initiatives/does-not-exist', '/api/initiatives.json'])(
	'%s carries the security headers',
	async (path) => {
		const response = await fetch(app.url + path, { redirect: 'manual' });
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(response.headers.get('permissions-policy')).toContain('camera=()');
	}
);

it.each(['/', '/signin', '/authorities/E09000033'])('%s has a CSP with a nonce, no framing, and MapLibre’s blob: workers', async (path) => {
	const response = await fetch(app.url + path);
	const policy = response.headers.get('content-security-policy') ?? '';
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(policy).toContain("worker-src 'self' blob:");
	expect(policy).toContain(`connect-src 'self' ${new URL(app.url).protocol}`);
	const nonce = /'nonce-([^']+)'/.exec(policy)![1];
	const html = await response.text();
	expect([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].every(([tag]) => tag.includes(`nonce="${nonce}"`))).toBe(true);
});

it.each(['/embed/authorities/E09000033', '/embed/map?metric=savings'])(
	'%s may be framed by any site, under the same policy otherwise',
	async (path) => {
		const response = await fetch(app.url + path);
		expect(response.status).toBe(200);
		const policy = response.headers.get('content-security-policy') ?? '';
		expect(policy).toContain('frame-ancestors *');
		expect(policy).not.toContain("frame-ancestors 'none'");
		expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(response.headers.get('x-frame-options')).toBeNull();
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	}
);
