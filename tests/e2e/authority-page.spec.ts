// The pages that must work without JavaScript: a council's page (linkable, printable), an initiative,
// a programme, the table view, and a helpful 404 for an unknown code.
import { expect, test } from '../support/csp.ts';

test.use({ javaScriptEnabled: false });

test('the authority page renders with JavaScript disabled', async ({ page }) => {
	const response = await page.goto('/authorities/E09000033');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1, name: 'Westminster' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Tri-borough shared services' }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Kensington and Chelsea' }).first()).toBeVisible();
	await expect(page.getByRole('table', { name: /Initiatives naming Westminster/ })).toBeVisible();
});

test('an unknown code is a 404 page that suggests close matches', async ({ page }) => {
	const response = await page.goto('/authorities/E09000034');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Council not found' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Westminster' })).toBeVisible();
});

test('a council’s name in the address goes to its page', async ({ page }) => {
	await page.goto('/authorities/westminster');
	await expect(page).toHaveURL(/\/authorities\/E09000033$/);
});

test('a name from the seed’s alias table works in the address, the partner finder and compare, as in the forms', async ({ page }) => {
	// "Bucks" is in data/seed/aliases.csv only: plain, it means the unitary of 2020.
	await page.goto('/authorities/bucks');
	await expect(page).toHaveURL(/\/authorities\/E06000060$/);
	await page.goto('/partners?authority=Bucks');
	await expect(page.getByRole('heading', { level: 2, name: /^Suggested partners for Buckinghamshire/ })).toBeVisible();
	await page.goto('/compare?codes=Bucks,E07000190');
	await expect(page.getByRole('table', { name: /^Comparison of Buckinghamshire/ })).toBeVisible();
});

test('a council created after 2012 lists its predecessors’ initiatives and says so', async ({ page }) => {
	await page.goto('/authorities/E06000066');
	await expect(page.getByRole('heading', { name: /Initiatives of councils Somerset replaced/ })).toBeVisible();
	await expect(page.getByText(/through Taunton Deane/).first()).toBeVisible();
});

test('a county and the unitary of the same name that replaced it are named as two councils', async ({ page }) => {
	await page.goto('/authorities/E10000027');
	await expect(page.getByRole('heading', { level: 1, name: 'Somerset' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ has: page.getByRole('link', { name: 'Somerset Council', exact: true }) })).toBeVisible();
	await page.goto('/authorities/E06000066');
	await expect(page.getByRole('link', { name: 'Somerset County Council', exact: true }).first()).toBeVisible();
	await expect(page.getByText(/through Somerset County Council/).first()).toBeVisible();
});

test('names and kinds with “of” read as ONS writes them', async ({ page }) => {
	await page.goto('/authorities/E09000001');
	await expect(page.getByRole('heading', { level: 1, name: 'City of London' })).toBeVisible();
	await expect(page.getByText(/City of London Corporation in London/)).toBeVisible();
	await page.goto('/authorities/E06000053');
	await expect(page.getByText(/Council of the Isles of Scilly in South West/)).toBeVisible();
	await page.goto('/authorities/E07000146');
	await expect(page.getByText(/Non-metropolitan district in East of England/)).toBeVisible();
});

test('the initiative and programme pages render without JavaScript', async ({ page }) => {
	await page.goto('/initiatives/tri-borough');
	await expect(page.getByRole('heading', { level: 1, name: 'Tri-borough shared services' })).toBeVisible();
	await page.goto('/programmes/capital_asset_pathfinder');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Capital and asset pathfinder');
	await expect(page.getByText('Expected savings')).toBeVisible();
	await expect(page.getByRole('heading', { name: /Participating councils/ })).toBeVisible();
});

test('the table view and filters work without JavaScript', async ({ page }) => {
	await page.goto('/?view=table');
	await page.getByRole('checkbox', { name: /^Legal/ }).check();
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/category=legal/);
	await expect(page).toHaveURL(/view=table/);
	await expect(page.locator('table.authorities tfoot')).toContainText('16 initiatives');
});

test('the council search works without JavaScript', async ({ page }) => {
	await page.goto('/authorities?q=Shepway');
	await expect(page.getByRole('link', { name: 'Folkestone and Hythe' }).first()).toBeVisible();
});
