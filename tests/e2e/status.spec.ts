// Figures people can trust: every status is shown with the date of its evidence, arrangements whose
// councils were all abolished are shown as ended, abolished councils in the past tense, related
// initiatives together, and the LGA map's listing as a listing rather than a programme.
import { expect, test } from '../support/csp.ts';

test.use({ javaScriptEnabled: false });

test('an abolished council’s page speaks of it in the past tense and shows its arrangement as ended', async ({ page }) => {
	await page.goto('/authorities/E07000190');
	await expect(page.getByText('Taunton Deane was abolished on 1 April 2019.')).toBeVisible();
	// Operational as of October 2017 by its source; all six Somerset councils went on 1 April 2023.
	const waste = page.locator('article.initiative', { has: page.getByRole('link', { name: 'Somerset Waste Partnership' }) });
	await expect(waste.locator('[data-status]')).toHaveText(/^ended 1 April 2023, when its councils were abolished/);
	await expect(page.getByRole('table', { name: /Initiatives naming Taunton Deane/ })).toContainText(
		'ended 1 April 2023, when its councils were abolished'
	);
});

test('a council that was itself abolished says it covered its predecessors’ area, not that it covers it', async ({ page }) => {
	await page.goto('/authorities/E07000246');
	await expect(page.getByText('These name a predecessor council; Somerset West and Taunton covered its area until 1 April 2023.')).toBeVisible();
	await expect(page.getByText('now covers')).toHaveCount(0);
});

test('an initiative shows its status with the date of the evidence, and its related initiatives', async ({ page }) => {
	await page.goto('/initiatives/xentrall');
	await expect(page.locator('[data-status]')).toHaveText(/^operational as of 14 July 2020/);
	await expect(page.getByText('No programme (shared service)')).toBeVisible();

	await page.goto('/initiatives/tri-borough');
	const related = page.getByRole('region', { name: 'Related initiatives' });
	await expect(related.getByRole('link', { name: /Hammersmith & Fulham and Kensington & Chelsea/ })).toBeVisible();
	await related.getByRole('link', { name: /Hammersmith & Fulham and Kensington & Chelsea/ }).click();
	await expect(page.getByRole('region', { name: 'Related initiatives' }).getByRole('link', { name: 'Tri-borough shared services' })).toBeVisible();
	await expect(page.locator('[data-status]')).toHaveText(/^operational as of 18 October 2011/);
});

test('the LGA map is a listing: shown where a source says so, and old programme links reach the shared services', async ({ page }) => {
	await page.goto('/initiatives/agma-collaborative-procurement');
	await expect(page.getByText('No programme (shared service); listed on the LGA’s shared services map')).toBeVisible();

	await page.goto('/programmes/shared_services');
	await expect(page).toHaveURL(/\/programmes\/none$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Shared services (no programme)' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Legal services' })).toBeVisible();

	await page.goto('/?view=table&programme=shared_services');
	await expect(
		page.getByText(
			'“shared_services” was the LGA’s shared services map, a listing rather than a programme; showing “No programme (shared service)” instead.'
		)
	).toBeVisible();
});
