// The explorer journey: pick a council on the map, filter, and share the state by URL.
import { expect, test } from '../support/csp.ts';
import { clickAuthority, drawnMarks, enableMapHook, featureState, featureStates, drawnCodes, waitForMap } from '../support/map.ts';

test.beforeEach(async ({ page }) => enableMapHook(page));

test('clicking Westminster on the 2012 map lists the Tri-borough with its partners highlighted', async ({ page }) => {
	await page.goto('/?vintage=2012');
	await waitForMap(page);
	await clickAuthority(page, 'E09000033');
	const panel = page.getByRole('region', { name: 'Westminster' });
	await expect(panel.getByRole('heading', { name: 'Westminster', level: 2 })).toBeVisible();
	await expect(panel.getByRole('link', { name: 'Tri-borough shared services' })).toBeVisible();
	await expect(page).toHaveURL(/authority=E09000033/);
	await waitForMap(page);
	// What the canvas draws: Westminster's selection outline, and its Tri-borough partners among the dashed outlines.
	await expect.poll(async () => (await drawnMarks(page)).selected).toEqual(['E09000033']);
	expect((await drawnMarks(page)).partners).toEqual(expect.arrayContaining(['E09000013', 'E09000020']));
});

test('choosing a programme changes the fill colours and the URL, without reloading geometry', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const codes = await drawnCodes(page);
	const before = await featureStates(page, codes);
	await page
		.getByRole('checkbox', { name: /Capital and asset pathfinder/ })
		.first()
		.check();
	await expect(page).toHaveURL(/programme=capital_asset_pathfinder/);
	await waitForMap(page);
	const after = await featureStates(page, codes);
	const changed = codes.filter((code) => before[code].fill !== after[code].fill);
	expect(changed.length).toBeGreaterThan(0);
	// Westminster has no pathfinder: it drops to zero initiatives.
	expect(after['E09000033']).toMatchObject({ value: 0 });
	expect(await drawnCodes(page)).toEqual(codes);
});

test('a copied URL reopens the same state', async ({ page, context }) => {
	// Three maps are drawn in software one after another: a hang guard, not a speed check.
	test.setTimeout(120_000);
	await page.goto('/');
	await waitForMap(page);
	const today = page.getByRole('link', { name: 'Today (2024)' });
	await today.click();
	await expect(today).toHaveAttribute('aria-current', 'true');
	await page.getByLabel('Colour by').selectOption('savings');
	await expect(page).toHaveURL(/metric=savings/);
	await page.getByRole('checkbox', { name: /^Legal/ }).check();
	await expect(page).toHaveURL(/category=legal/);
	await page.getByRole('combobox', { name: 'Find a council' }).fill('Somerset');
	await page
		.getByRole('option', { name: /^Somerset/ })
		.first()
		.click();
	await expect(page).toHaveURL(/authority=/);
	await waitForMap(page);
	const url = page.url();
	const codes = await drawnCodes(page);
	const states = await featureStates(page, codes);

	const copy = await context.newPage();
	await enableMapHook(copy);
	await copy.goto(url);
	await waitForMap(copy);
	await expect(copy.getByRole('link', { name: 'Today (2024)' })).toHaveAttribute('aria-current', 'true');
	await expect(copy.getByLabel('Colour by')).toHaveValue('savings');
	await expect(copy.getByRole('checkbox', { name: /^Legal/ })).toBeChecked();
	await expect(copy.getByRole('heading', { level: 2, name: /Somerset/ })).toBeVisible();
	expect(await featureStates(copy, codes)).toEqual(states);
});

test('back and forward restore the filters exactly', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const box = page.getByRole('checkbox', { name: /^ICT/ });
	await box.check();
	await expect(page).toHaveURL(/category=ict/);
	await page.goBack();
	await expect(page).not.toHaveURL(/category=ict/);
	await expect(box).not.toBeChecked();
	await page.goForward();
	await expect(box).toBeChecked();
});

test('a malformed URL falls back to defaults with a visible notice and still draws the map', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const response = await page.goto('/?vintage=1999&programme=nope&from=2018&to=2011&authority=E99999999&view=globe');
	expect(response?.status()).toBe(200);
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('no boundary year “1999”');
	await expect(notice).toContainText('no programme “nope”');
	await expect(notice).toContainText('2011 to 2018');
	await expect(notice).toContainText('E99999999');
	await waitForMap(page);
	expect((await drawnCodes(page)).length).toBeGreaterThan(300);
	expect(errors).toEqual([]);
});

test('the hex cartogram shows the same colours as the map', async ({ page }) => {
	await page.goto('/?programme=none');
	await waitForMap(page);
	const onMap = await featureState(page, 'E09000033');
	await page.getByRole('link', { name: 'Hex map' }).click();
	await expect(page.locator('[data-view="hex"]')).toBeAttached();
	await waitForMap(page);
	expect(await featureState(page, 'E09000033')).toEqual(onMap);
});

test('on the hex cartogram, a county chosen from the table or search is outlined around its districts and labelled', async ({ page }) => {
	await page.goto('/?vintage=2012&view=hex&authority=E10000027');
	await expect(page.locator('[data-view="hex"]')).toBeAttached();
	await waitForMap(page);
	const label = page.locator('.map .label.selected');
	await expect(label).toHaveText(/^Somerset:/);
	// The label sits in the middle of Somerset's districts' hexes: between Taunton Deane's and Mendip's.
	const [county, taunton, mendip] = await page.evaluate(() =>
		['E10000027', 'E07000190', 'E07000187'].map((code) => window.__mapTestHook!.pointOf(code)!)
	);
	expect(county[1]).toBeGreaterThan(Math.min(taunton[1], mendip[1]) - 60);
	expect(county[1]).toBeLessThan(Math.max(taunton[1], mendip[1]) + 60);
});

test('a historic initiative shows on today’s councils through successors, and says so', async ({ page }) => {
	await page.goto('/?vintage=2024&authority=E06000066');
	await expect(page.getByText(/Shown on this map through the councils that succeeded those it names: Taunton Deane/).first()).toBeVisible();
	// ONS calls the county and the unitary both Somerset: the note names two councils, never one name twice.
	await expect(page.getByText(/Somerset County Council → Somerset Council/).first()).toBeVisible();
	await expect(page.getByText(/[:;] Somerset → Somerset[,;.]/)).toHaveCount(0);
});

test('searching for a council the current map does not draw switches boundary year, selects and says so', async ({ page }) => {
	await page.goto('/?vintage=2024');
	await waitForMap(page);
	await page.getByRole('combobox', { name: 'Find a council' }).fill('Taunton Deane');
	await page.getByRole('option', { name: /^Taunton Deane/ }).click();
	await expect(page).toHaveURL(/authority=E07000190/);
	await expect(page.getByRole('link', { name: '2012' })).toHaveAttribute('aria-current', 'true');
	await expect(page.getByText('Taunton Deane is drawn on the 2012 map')).toBeVisible();
	await waitForMap(page);
	await expect.poll(async () => (await drawnMarks(page)).selected).toEqual(['E07000190']);
});

test('a district panel leads to its county council, which the map then selects', async ({ page }) => {
	await page.goto('/?vintage=2012&authority=E07000190');
	await waitForMap(page);
	const panel = page.getByRole('region', { name: 'Taunton Deane' });
	await panel.getByRole('link', { name: 'Somerset', exact: true }).first().click();
	await expect(page).toHaveURL(/authority=E10000027/);
	await expect(page.getByRole('heading', { name: 'Somerset', level: 2 })).toBeVisible();
	await waitForMap(page);
	await expect.poll(async () => (await drawnMarks(page)).selected).toEqual(['E10000027']);
});
