// Embeds: a council's own map and any explorer view, framed by a page on another origin (as a council's
// website would), working without the site's cookies; the council page and the explorer give the code.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '../support/csp.ts';
import { drawnMarks, enableMapHook } from '../support/map.ts';

let host: Server;
let hostOrigin = '';

test.beforeAll(async () => {
	// Another origin (its own port) serving a page that frames whatever ?src= names.
	host = createServer((request, response) => {
		const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			`<!doctype html><title>A council website</title><h1>Our partners</h1><iframe src="${src.replace(/"/g, '&quot;')}" title="Map" width="640" height="560"></iframe>`
		);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Opens the host page framing `path` of the app and waits until the framed map has drawn. */
async function framed(page: Page, baseURL: string, path: string): Promise<Frame> {
	await enableMapHook(page);
	await page.goto(`${hostOrigin}/?src=${encodeURIComponent(baseURL + path)}`);
	const frame = page.frames().find((f) => f.url().includes('/embed/')) ?? (await page.waitForEvent('frameattached'));
	await frame.waitForFunction(() => window.__mapTestHook !== undefined && window.__mapTestHook.codes().length > 0, null, { timeout: 20_000 });
	await frame.locator('[data-map-idle="true"]').waitFor({ state: 'attached', timeout: 20_000 });
	return frame;
}

test.describe.configure({ timeout: 60_000 });

test('a council’s map, framed by another site, shows the council with its partners outlined', async ({ page, baseURL }) => {
	const frame = await framed(page, baseURL!, '/embed/authorities/E09000033');
	await expect(frame.getByText(/^Westminster$/)).toBeVisible();
	await expect(frame.getByText(/initiatives with \d+ partner councils/)).toBeVisible();
	// What the framed canvas draws: Westminster's selection outline and its partners' dashed outlines.
	await expect.poll(async () => (await drawnMarks(frame)).selected).toEqual(['E09000033']);
	expect((await drawnMarks(frame)).partners).toContain('E09000020');
	await expect(frame.getByRole('link', { name: /Open the full map/ })).toHaveAttribute('href', '/?authority=E09000033');
	// Bare: none of the site's own navigation inside someone else's page.
	await expect(frame.getByRole('navigation', { name: 'Site' })).toHaveCount(0);
});

test('any explorer view can be framed, with its own colouring and key', async ({ page, baseURL }) => {
	const frame = await framed(page, baseURL!, '/embed/map?vintage=2024&metric=savings&category=legal');
	await frame.getByText('Key').click();
	await expect(frame.getByRole('heading', { name: /Savings reported, achieved, a year/ })).toBeVisible();
	const codes = await frame.evaluate(() => window.__mapTestHook!.codes());
	const fills = await frame.evaluate((list) => new Set(list.map((c) => window.__mapTestHook!.featureState(c).fill)).size, codes);
	expect(fills).toBeGreaterThan(1);
});

test('embeds may be framed anywhere and set no cookies; other pages do not opt in', async ({ request }) => {
	for (const path of ['/embed/authorities/E09000033', '/embed/map?metric=savings']) {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		// Framed anywhere, but otherwise under the site's own policy (scripts by nonce only).
		expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
		expect(response.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
		expect(response.headers()['x-frame-options']).toBeUndefined();
		expect(response.headers()['set-cookie']).toBeUndefined();
	}
	const home = await request.get('/');
	expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(home.headers()['x-frame-options']).toBe('DENY');
	expect((await request.get('/embed/authorities/E99999999')).status()).toBe(404);
});

test('the council page and the explorer give the code to paste', async ({ page, baseURL }) => {
	await page.goto('/authorities/E09000033');
	const council = page.getByRole('textbox', { name: /Paste this into your website/ });
	await expect(council).toHaveValue(
		`<iframe src="${baseURL}/embed/authorities/E09000033" title="Westminster: shared services and partner councils" width="640" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>`
	);

	await page.goto('/?vintage=2024&category=legal');
	await expect(page.getByRole('textbox', { name: /Paste this into your website/ })).toHaveValue(
		new RegExp(`^<iframe src="${baseURL}/embed/map\\?vintage=2024&category=legal"`)
	);
});
