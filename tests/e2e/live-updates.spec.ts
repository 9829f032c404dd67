// The live-update journey: an edit published in PocketBase reaches an open map panel without a reload.
// The edit is made as the harness's superuser, whose credentials tests/playwright.config.ts generates.
import { expect, test } from '@playwright/test';
import PocketBase from 'pocketbase';

const email = process.env.E2E_SUPERUSER_EMAIL;
const password = process.env.E2E_SUPERUSER_PASSWORD;

test('an edited initiative updates the open panel without a reload', async ({ page }) => {
	const pb = new PocketBase(`http://127.0.0.1:${process.env.E2E_PB_PORT}`);
	await pb.collection('_superusers').authWithPassword(email!, password!);
	const record = await pb.collection('initiatives').getFirstListItem('slug = "tri-borough"');
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
