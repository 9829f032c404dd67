// The insights journey: the dashboard's charts each come with a table of the same figures, the group is
// chosen through the map's own URL parameters, and bad parameters fall back with a notice.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '../support/csp.ts';

/** Every axe rule, best practices included; each violation as "rule: element, element". */
async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page's notice about link settings (the layout has its own live-update status too). */
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Some of the link’s settings could not be used' });

test('the dashboard draws labelled charts, each with a table of its figures', async ({ page }) => {
	const response = await page.goto('/insights');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1, name: 'Insights: where councils share services' })).toBeVisible();
	const charts = page.getByRole('img');
	expect(await charts.count()).toBeGreaterThanOrEqual(6);
	for (const figure of await page.locator('figure.chart').all()) {
		await expect(figure.getByRole('img')).toHaveAccessibleName(/.+/);
		await expect(figure.getByRole('table')).toHaveCount(1);
	}
	const regions = page.getByRole('table', { name: 'Coverage by region, all councils' });
	await expect(regions.locator('tbody tr')).toHaveCount(9);
	await expect(regions.locator('tfoot')).toContainText('England');
	await expect(regions.getByRole('columnheader', { name: 'Savings reported, per kind and period' })).toBeVisible();
	await expect(regions.locator('tfoot')).toContainText(/achieved, a year: £[\d.]+[mk]? from \d+ arrangements/);
	await expect(page.getByRole('img', { name: /^Savings reported \(target, a year\), by service/ })).toBeVisible();
	await expect(page.getByRole('table', { name: /^Participation in programmes/ })).toContainText('Capital and asset pathfinder programme (CAP)');
	expect(await axeViolations(page)).toEqual([]);
});

test('a region and tier from the URL narrow the figures and travel back to the map', async ({ page }) => {
	await page.goto('/insights?vintage=2024&region=E12000009&tier=lower&programme=none');
	await expect(page.getByRole('heading', { name: 'South West, district councils, 2024 boundaries' })).toBeVisible();
	await expect(page.locator('.headline')).toHaveText(/^\d+ of \d+ councils \(\d+%\) share at\s+least one service, in \d+ arrangements\.$/);
	await expect(page.getByLabel('Region', { exact: true })).toHaveValue('E12000009');
	await expect(page.getByText('apply on the map only')).toBeVisible();
	const toMap = page.getByRole('link', { name: 'Show these councils on the map' });
	await expect(toMap).toHaveAttribute('href', '/?vintage=2024&programme=none&region=E12000009&tier=lower');
	expect(await axeViolations(page)).toEqual([]);
});

test('choosing a region with the form puts it in the URL', async ({ page }) => {
	await page.goto('/insights?vintage=2024');
	await page.getByLabel('Region', { exact: true }).selectOption({ label: 'London' });
	await page.getByRole('button', { name: 'Show figures' }).click();
	await expect(page).toHaveURL(/[?&]region=E12000007(&|$)/);
	await expect(page.getByRole('heading', { name: 'London, all councils, 2024 boundaries' })).toBeVisible();
	await page.getByRole('table', { name: 'Coverage by tier in London' }).getByRole('link', { name: 'single-tier councils' }).click();
	await expect(page).toHaveURL(/[?&]tier=single(&|$)/);
});

test('bad parameters are reported and the defaults shown', async ({ page }) => {
	const response = await page.goto('/insights?vintage=1999&region=Narnia');
	expect(response?.status()).toBe(200);
	await expect(notice(page)).toContainText('There is no boundary year “1999”');
	await expect(page.getByRole('heading', { name: 'England, all councils, 2012 boundaries' })).toBeVisible();
});
