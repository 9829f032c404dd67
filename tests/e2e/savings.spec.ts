// The savings journey: every figure carries its kind and period, totals never add across them, and a
// council's share reads the same in the map's panel, on its page and in the downloads.
import { expect, test } from '../support/csp.ts';
import { shareMixLabel, totalLabel } from '../../src/lib/domain/savings/savingsLabels.ts';
import type { SavingsTotals } from '../../src/lib/domain/savings/savingsTotals.ts';

// Cheltenham: its own £80k a year from One Legal, an equal quarter of Publica's targets, and a target of its own
// in a second arrangement.
const cheltenham = 'E07000078';
const lines = [
	'achieved, a year: £80k from 1 arrangement (1 own figure)',
	'target, a year: £1.5m from 2 arrangements (1 equal share, 1 own figure)',
	'target, cumulative: £9.8m from 1 arrangement (1 equal share)'
];

test('a council’s savings read the same, kind and period shown, in the panel, on its page and in the download', async ({ page, request }) => {
	await page.goto(`/?authority=${cheltenham}`);
	const panel = page.getByRole('region', { name: 'Cheltenham' });
	for (const line of lines) await expect(panel.locator('.savings-share')).toContainText(line);
	await expect(panel).toContainText('Cheltenham’s share, achieved, a year: £80k (figure for this council)');
	await expect(panel).toContainText('Cheltenham’s share, target, a year: £1.4m (equal share of 4 councils)');

	await page.goto(`/authorities/${cheltenham}`);
	const section = page.getByRole('region', { name: 'Savings reported for Cheltenham' });
	for (const line of lines) await expect(section).toContainText(line);

	// The CSV is data only; the Link header names the same selection as JSON, which states the council's share.
	const csv = await request.get(`/api/initiatives.csv?authority=${cheltenham}`);
	const alternate = /<([^>]+)>; rel="alternate"; type="application\/json"/.exec(csv.headers().link ?? '')?.[1];
	expect(alternate).toBe(`/api/initiatives.json?authority=${cheltenham}`);
	const { selected } = (await (await request.get(alternate!)).json()) as { selected: { savings: SavingsTotals } };
	const stated = selected.savings.map((total) => `${totalLabel(total)} (${shareMixLabel(total)})`);
	for (const line of lines) expect(stated).toContain(line);
});

test('the headline totals each kind and period apart, and the map colours one chosen kind and period', async ({ page }) => {
	await page.goto('/?metric=savings');
	const headline = page.locator('.savings-headline');
	await expect(headline).toContainText(/achieved, a year: £[\d.]+m from \d+ arrangements; target, a year: £[\d.]+m from \d+ arrangements/);
	await expect(headline).toContainText(/losses avoided, cumulative: £[\d.]+m from \d+ arrangements?/);
	await expect(page.locator('.summary')).not.toContainText(/£[\d.]+m savings reported/);

	await page.getByLabel('Savings figure').selectOption('target-annual');
	await expect(page).toHaveURL(/figure=target-annual/);
	await expect(page.getByText('Savings reported, target, a year (£', { exact: false }).first()).toBeVisible();
});
