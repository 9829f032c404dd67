// The first journey: someone opens the site and sees content that PocketBase served.
import { expect, test } from '../support/csp.ts';

test('the home page shows programmes read from PocketBase', async ({ page, request }) => {
	// Ask PocketBase directly (through the app's health check) that it is up, then read the page.
	const health = await request.get('/health');
	expect(await health.json()).toEqual({ app: 'ok', pocketbase: 'ok' });
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// "Capital and asset pathfinder programme (CAP)" exists only in data/seed/programmes.csv, loaded into PocketBase.
	await expect(page.getByText('Capital and asset pathfinder programme (CAP)').first()).toBeAttached();
});

test('health reports PocketBase reachability as JSON', async ({ request }) => {
	const response = await request.get('/health');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
});
