// The partner finder journey: open a shared link, read the ranked and explained suggestions, change the
// council and service with the form, download the CSV; bad links fall back with a notice, never an error.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '../support/csp.ts';

/** Every axe rule, best practices included; each violation as "rule: element, element". */
async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page's notice about link settings (the layout has its own live-update status too). */
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Some of the link’s settings could not be used' });

test('a link for a merged-away council ranks partners for its successor, with every reason shown', async ({ page }) => {
	const response = await page.goto('/partners?authority=E07000190&category=legal');
	expect(response?.status()).toBe(200);
	await expect(notice(page)).toContainText('Taunton Deane was replaced in 2019; showing partners for Somerset');
	await expect(page.getByRole('heading', { name: 'Suggested partners for Somerset: Legal services' })).toBeVisible();
	const table = page.getByRole('table', { name: 'Partners for Somerset, Legal services, best first' });
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(25);
	// Somerset's top suggestions border it; each point awarded is listed with its reason.
	await expect(rows.first().getByRole('listitem').filter({ hasText: 'shares a boundary' })).toContainText('+30');
	await expect(table.getByRole('rowheader').first()).toContainText(/Dorset|North Somerset|Devon|Wiltshire|Bath and North East Somerset/);
	await expect(page.getByRole('link', { name: 'Download all 316 as CSV' })).toHaveAttribute(
		'href',
		'/partners/export.csv?authority=E06000066&category=legal'
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('the form finds partners by a council’s name and keeps the choice in the URL', async ({ page }) => {
	await page.goto('/partners');
	await expect(page.getByText('Choose a council above to see suggested partners.')).toBeVisible();
	await page.getByRole('combobox', { name: 'Council' }).fill('Westminster');
	await page.getByLabel('Service').selectOption('legal');
	await page.getByRole('button', { name: 'Find partners' }).click();
	await expect(page).toHaveURL(/[?&]authority=Westminster(&|$)/);
	await expect(page).toHaveURL(/[?&]category=legal(&|$)/);
	// Kensington and Chelsea already runs legal and other services with Westminster: said, and counted.
	const kensington = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Kensington and Chelsea/ }) });
	await expect(kensington.getByRole('listitem').filter({ hasText: /^already work together: .*Tri-borough Shared Legal Services/ })).toContainText(
		'+70'
	);
	await expect(kensington).toContainText('shares a boundary');
	await expect(page.getByRole('table').getByRole('rowheader').first()).toContainText('Kensington and Chelsea');
	expect(await axeViolations(page)).toEqual([]);
});

test('an established partner in another service comes first, and names are written as ONS writes them', async ({ page }) => {
	await page.goto('/partners?authority=E06000031&category=other');
	await expect(page.getByRole('heading', { name: 'Suggested partners for Peterborough: Other' })).toBeVisible();
	const table = page.getByRole('table', { name: 'Partners for Peterborough, Other, best first' });
	// Whoever comes first already works with Peterborough; Cambridgeshire, a partner in another service, ranks
	// above every council that does not.
	await expect(
		table
			.locator('tbody tr')
			.first()
			.getByRole('listitem')
			.filter({ hasText: /^already work together: / })
	).toContainText('+70');
	const cambridgeshire = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Cambridgeshire/ }) });
	await expect(cambridgeshire.getByRole('rowheader')).toContainText('County, East of England');
	await expect(
		cambridgeshire.getByRole('listitem').filter({ hasText: /^already work together: .*Peterborough and Cambridgeshire shared senior management/ })
	).toContainText('+70');
	const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
	const cambridgeshireAt = rows.findIndex((text) => text.includes('Cambridgeshire'));
	const firstStranger = rows.findIndex((text) => !/(already|have) work(ed)? together/.test(text));
	expect(cambridgeshireAt).toBeLessThan(firstStranger);
	const north = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /North Northamptonshire/ }) });
	await expect(north).toContainText('already shares this service (Other) with other councils: Welland Partnership');
});

test('with any service, no reason claims a council shares “this service”', async ({ page }) => {
	await page.goto('/partners?authority=E06000031');
	const table = page.getByRole('table', { name: 'Partners for Peterborough, any service, best first' });
	await expect(table.locator('tbody tr')).toHaveCount(25);
	await expect(table.getByText('this service')).toHaveCount(0);
	await expect(table.getByText(/already shares services with other councils: .*Welland Partnership/).first()).toBeVisible();
});

test('the City of London and its region read as written', async ({ page }) => {
	await page.goto('/partners?authority=E09000033');
	const city = page.getByRole('rowheader', { name: /^City of London/ });
	await expect(city).toContainText('City of London Corporation, London');
	await expect(city).not.toContainText(/City of london|City Of London/);
});

test('unknown councils and services fall back with notices instead of failing', async ({ page }) => {
	const response = await page.goto('/partners?authority=Atlantis&category=libraries&sort=best');
	expect(response?.status()).toBe(200);
	const shown = notice(page);
	await expect(shown).toContainText('Could not find that council');
	await expect(shown).toContainText('There is no service category “libraries”');
	await expect(shown).toContainText('Ignored the unknown setting “sort”');
	expect(await axeViolations(page)).toEqual([]);
});

test('a council split in two asks which successor to use', async ({ page }) => {
	await page.goto('/partners?authority=Northamptonshire%20County%20Council');
	await expect(notice(page)).toContainText('split in 2021 between');
	await page.getByRole('link', { name: 'West Northamptonshire' }).click();
	await expect(page.getByRole('heading', { name: 'Suggested partners for West Northamptonshire: any service' })).toBeVisible();
});

test('the CSV download has a BOM, the licence note and a column for every reason', async ({ request }) => {
	const response = await request.get('/partners/export.csv?authority=E09000033&category=legal');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(response.headers()['content-disposition']).toBe('attachment; filename="partners-E09000033-legal.csv"');
	const body = await response.body();
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const [note, header, first] = body.toString('utf8').slice(1).split('\r\n');
	expect(note).toContain('Partner suggestions for Westminster (E09000033), Legal services');
	expect(header).toBe(
		'rank,code,name,kind,region,score,distance_km,neighbour_points,neighbour_reason,works_together_points,works_together_reason,' +
			'same_region_points,same_region_reason,' +
			'compatible_tier_points,compatible_tier_reason,shares_service_points,shares_service_reason,reported_savings_points,' +
			'reported_savings_reason,proximity_points,proximity_reason'
	);
	expect(first).toMatch(/^1,E09\d{6},/);
	expect((await request.get('/partners/export.csv')).status()).toBe(400);
});
