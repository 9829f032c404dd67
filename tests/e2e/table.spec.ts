// The table journey: the accessible alternative shows the same figures as the map, sorts, and totals.
import type { Locator } from '@playwright/test';
import { expect, test } from '../support/csp.ts';
import { enableMapHook, featureStates, waitForMap } from '../support/map.ts';

test('the table’s counts equal the map’s for every council', async ({ page }) => {
	await enableMapHook(page);
	await page.goto('/?view=table&programme=none&vintage=2024');
	const rows = page.locator('table.authorities tbody tr');
	await expect(rows.first()).toBeVisible();
	const table = await rows.evaluateAll((trs) =>
		Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-code')!, Number(tr.querySelector('[data-column="count"]')!.textContent)]))
	);
	expect(Object.keys(table).length).toBeGreaterThan(290);

	await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Map', exact: true }).click();
	await waitForMap(page);
	const states = await featureStates(page, Object.keys(table));
	const onMap = Object.fromEntries(Object.entries(states).map(([code, state]) => [code, state.value]));
	expect(onMap).toEqual(table);
});

test('the table sorts by a column and says so, and has totals', async ({ page }) => {
	await page.goto('/?view=table');
	await expect(page.locator('body[data-started="true"]')).toBeAttached();
	const header = page.getByRole('columnheader', { name: /Council/ });
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	const first = await page.locator('table.authorities tbody tr th').first().textContent();
	const second = await page.locator('table.authorities tbody tr th').nth(1).textContent();
	expect(first!.localeCompare(second!)).toBeLessThanOrEqual(0);
	await expect(page.locator('table.authorities tfoot')).toContainText('Totals');
	// The table's total is the headline's: arrangements counted once, parts and predecessors with what covers them.
	const counted = await page.locator('p.summary strong').first().textContent();
	expect(Number(counted)).toBeGreaterThan(400);
	await expect(page.locator('table.authorities tfoot')).toContainText(`take part in ${counted} initiatives`);
});

test('choosing a council in the table selects it', async ({ page }) => {
	await page.goto('/?view=table');
	await page.getByRole('link', { name: 'Westminster', exact: true }).click();
	await expect(page).toHaveURL(/authority=E09000033/);
	await expect(page.getByRole('heading', { level: 2, name: 'Westminster' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the server renders the table’s rows, the same as the browser hydrates, without sending the dataset in the page', async ({
		page,
		browser,
		request
	}) => {
		const address = '/?view=table&programme=none&vintage=2012';
		const countsOf = (rows: Locator) =>
			rows.evaluateAll((trs) =>
				Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-code')!, tr.querySelector('[data-column="count"]')!.textContent]))
			);
		await page.goto(address);
		const served = await countsOf(page.locator('table.authorities tbody tr'));
		expect(Object.keys(served).length).toBeGreaterThan(300);

		const scripted = await browser.newContext({ javaScriptEnabled: true });
		try {
			const live = await scripted.newPage();
			await live.goto(address);
			await expect(live.locator('body[data-started="true"]')).toBeAttached();
			expect(await countsOf(live.locator('table.authorities tbody tr'))).toEqual(served);
		} finally {
			await scripted.close();
		}

		// The initiatives themselves (their slugs, descriptions and sources) travel in the data file, not the page.
		const html = await (await request.get(address)).text();
		expect(html).not.toContain('tri-borough');
		expect(html.length).toBeLessThan(400_000);
	});
});
