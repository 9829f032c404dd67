// The live-update journeys: an edit published in PocketBase reaches an open map panel without a reload,
// and never sets back a form someone is filling in.
// The edit is made as the harness's superuser, whose credentials tests/playwright.config.ts generates.
import { expect, test } from '../support/csp.ts';
import PocketBase from 'pocketbase';
import type { InitiativeRecord } from '#lib/server/initiatives.ts';
import { test as withAccounts } from '../support/accounts.ts';

const email = process.env.E2E_SUPERUSER_EMAIL;
const password = process.env.E2E_SUPERUSER_PASSWORD;

test('an edited initiative updates the open panel without a reload', async ({ page }) => {
	const pb = new PocketBase(`http://127.0.0.1:${process.env.E2E_PB_PORT}`);
	await pb.collection('_superusers').authWithPassword(email!, password!);
	const record = await pb.collection('initiatives').getFirstListItem<InitiativeRecord>('slug = "tri-borough"');
	const renamed = `${record.name} (edited live)`;

	await page.goto('/?authority=E09000033');
	await expect(page.locator('body[data-started="true"]')).toBeAttached();
	await expect(page.getByText('Live: updates appear as they are published')).toBeVisible();
	await page.evaluate(() => ((window as { marker?: boolean }).marker = true));
	try {
		await pb.collection('initiatives').update(record.id, { name: renamed });
		await expect(page.getByRole('link', { name: renamed })).toBeVisible({ timeout: 15_000 });
		// Same document: the page was updated in place, not reloaded.
		expect(await page.evaluate(() => (window as { marker?: boolean }).marker)).toBe(true);
	} finally {
		await pb.collection('initiatives').update(record.id, { name: record.name });
	}
});

withAccounts('live updates wait while a form is being filled in, so what was typed is not set back', async ({ page, accounts }) => {
	await accounts.useSession(page.context(), await accounts.create('editor'));
	const reloads: string[] = [];
	page.on('request', (request) => request.url().includes('__data.json') && reloads.push(request.url()));
	await page.goto('/edit/initiatives/new');
	await page.waitForSelector('body[data-started="true"]');
	await expect(page.getByText('Live: updates appear as they are published')).toBeVisible();
	const record = await accounts.admin.collection('initiatives').getFirstListItem<InitiativeRecord>('slug = "tri-borough"');
	try {
		// Nothing typed yet: someone's save reloads the page's data, as on every page.
		await accounts.admin.collection('initiatives').update(record.id, { description: `${record.description} (first live edit)` });
		await expect.poll(() => reloads.length, { timeout: 15_000 }).toBeGreaterThan(0);
		const before = reloads.length;

		await page.getByLabel('Name', { exact: true }).fill('Typed before someone else saved');
		await accounts.admin.collection('initiatives').update(record.id, { description: `${record.description} (second live edit)` });
		// Live updates wait 400 ms for a burst of changes to end; give them ample time to (not) act.
		await page.waitForTimeout(2_500);
		expect(reloads.length).toBe(before);
		await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Typed before someone else saved');
	} finally {
		await accounts.admin.collection('initiatives').update(record.id, { description: record.description });
	}
});
