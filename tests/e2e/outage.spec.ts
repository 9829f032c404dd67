// A PocketBase outage while someone is filling in a form: the post answers 503, the form stays with what
// was typed and says nothing was saved, rather than sending them to sign in again. This journey runs its
// own app and PocketBase (the shared ones must stay up for the other journeys).
import { expect, test } from '../support/csp.ts';
import { createUser, password } from '../support/users.ts';
import { startSeededApp } from '../support/appServer.ts';

test('a form posted while the database is down answers 503 and keeps what was typed', async ({ page, context }) => {
	test.setTimeout(120_000);
	const { pb, app, stop } = await startSeededApp();
	try {
		await createUser(pb.admin, { email: 'outage-editor@test.invalid', role: 'editor', name: 'Outage editor' });
		await page.goto(`${app.url}/signin?redirect=/edit/initiatives/new`);
		await page.waitForSelector('body[data-started="true"]');
		await page.getByLabel('E-mail address').fill('outage-editor@test.invalid');
		await page.getByLabel('Password').fill(password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL('**/edit/initiatives/new');
		await page.waitForSelector('body[data-started="true"]');
		await page.getByLabel('Name', { exact: true }).fill('Typed during an outage');
		await page.getByLabel('Description').fill('Every word of this must survive.');

		await pb.stopKeepingData();
		const answer = page.waitForResponse((response) => response.request().method() === 'POST');
		await page.getByRole('button', { name: /save|create|propose/i }).click();
		expect((await answer).status()).toBe(503);
		await expect(page.getByRole('alert').filter({ hasText: 'temporarily unavailable' })).toBeVisible();
		expect(page.url()).toContain('/edit/initiatives/new');
		await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Typed during an outage');
		await expect(page.getByLabel('Description')).toHaveValue('Every word of this must survive.');
		expect((await context.cookies()).some((cookie) => cookie.name === 'pb_auth')).toBe(true);
	} finally {
		await stop();
	}
});
