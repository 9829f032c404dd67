// Printing on A4: council, programme and initiative pages and the explorer print the map as the server's
// image (with its legend), their tables, and no navigation or map controls.
import { expect, test } from '../support/csp.ts';

const pages = [
	{ path: '/authorities/E09000033', table: /Initiatives naming Westminster/ },
	{ path: '/programmes/capital_asset_pathfinder', table: null },
	{ path: '/initiatives/tri-borough', table: null },
	{ path: '/?authority=E09000033', table: null }
];

for (const { path, table } of pages) {
	test(`${path} prints its map image and content, without navigation`, async ({ page }) => {
		await page.goto(path);
		await page.waitForSelector('body[data-started="true"]');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
		for (const canvas of await page.locator('.maplibregl-canvas').all()) await expect(canvas).toBeHidden();
		const picture = page.locator('img.print-map');
		await expect(picture).toBeVisible();
		await picture.scrollIntoViewIfNeeded();
		await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 }).toBe(1200);
		expect(new URL(await picture.evaluate((img: HTMLImageElement) => img.src)).pathname).toBe('/map.svg');
		if (table) await expect(page.getByRole('table', { name: table })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
}

test('the explorer prints the selected council’s panel and hides filters and controls', async ({ page }) => {
	await page.goto('/?authority=E09000033');
	await page.waitForSelector('body[data-started="true"]');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 2, name: 'Westminster' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Find a council' })).toBeHidden();
	await expect(page.getByRole('region', { name: 'Download map' })).toBeHidden();
	await expect(page.getByRole('region', { name: 'Embed this map' })).toBeHidden();
});

test('the table view prints its table', async ({ page }) => {
	await page.goto('/?view=table');
	await page.waitForSelector('body[data-started="true"]');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('table').first()).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
});
