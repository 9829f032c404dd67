// The comparison journey: two to four councils side by side from a link or the picker form; too few, too
// many or unknown councils are reported with a notice.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '../support/csp.ts';

/** Every axe rule, best practices included; each violation as "rule: element, element". */
async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page's notice about link settings (the layout has its own live-update status too). */
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Some of the link’s settings could not be used' });

test('three councils side by side, with what they do together', async ({ page }) => {
	const response = await page.goto('/compare?codes=E09000033,E09000020,Somerset');
	expect(response?.status()).toBe(200);
	const table = page.getByRole('table', { name: 'Comparison of Westminster, Kensington and Chelsea, Somerset' });
	await expect(table.getByRole('columnheader')).toHaveText(['Westminster', 'Kensington and Chelsea', 'Somerset']);
	for (const row of ['Initiatives', 'Services', 'Most frequent partners', /^Share of savings reported/]) {
		await expect(table.getByRole('rowheader', { name: row })).toBeVisible();
	}
	// Westminster's share, with its kind, period and basis. The Tri-borough's £40m target a year is not in it: the
	// bi-borough arrangement that succeeded it names Westminster too, and stands for it.
	await expect(table.locator('td.savings-share').first()).toContainText('achieved, a year:');
	await expect(table.locator('td.savings-share').first()).not.toContainText('target, a year:');
	await expect(table.locator('td.savings-share').first()).toContainText('equal share');
	await expect(table).toContainText('(through Taunton Deane)');
	await expect(page.getByRole('listitem').filter({ hasText: 'Tri-borough shared services: Westminster, Kensington and Chelsea' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('the picker form compares councils typed by name', async ({ page }) => {
	await page.goto('/compare');
	await page.getByRole('combobox', { name: 'Council 1' }).fill('Tamworth');
	await page.getByRole('combobox', { name: 'Council 2' }).fill('Lichfield');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/codes=Tamworth&codes=Lichfield/);
	await expect(page.getByRole('table', { name: 'Comparison of Tamworth, Lichfield' })).toBeVisible();
	await expect(page.getByText('Lichfield and Tamworth joint waste service:')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('one council, five councils or an unknown one are reported, never an error', async ({ page }) => {
	await page.goto('/compare?codes=E09000033');
	await expect(notice(page)).toContainText('Choose at least 2 councils to compare.');
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/compare?codes=E09000033,E09000020,E09000013,E09000001,E09000002,Atlantis');
	const shown = notice(page);
	await expect(shown).toContainText('Left out “Atlantis”');
	await expect(shown).toContainText('Up to 4 councils can be compared; left out Barking and Dagenham.');
	await expect(page.getByRole('table').first().getByRole('columnheader')).toHaveCount(4);
});
