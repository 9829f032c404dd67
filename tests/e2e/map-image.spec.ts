// Taking the map away: /map.svg and /map.png draw any explorer state on the server, the explorer offers
// them as "Download map", and the same image is the map without JavaScript and until MapLibre paints.
import { expect, test } from '../support/csp.ts';
import { enableMapHook, waitForMap } from '../support/map.ts';

/** The filled shapes of a map image, without its title, legend and footer. */
const shapesOf = (svg: string) => svg.match(/<g stroke="#ffffff"[^>]*>([\s\S]*?)<\/g>/)?.[1] ?? '';

test('the SVG image carries the legend, the filter line, the date, the source and the OGL attribution', async ({ request }) => {
	const response = await request.get('/map.svg');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
	const svg = await response.text();
	expect(svg).toContain('>Number of initiatives<');
	expect(svg).toContain('>No data<');
	expect(svg).toContain('All published initiatives');
	expect(svg).toMatch(/Drawn on \d{1,2} \w+ \d{4}/);
	expect(svg).toContain('Council shared services map: http');
	expect(svg).toContain('Open Government Licence v.3.0');
	expect((shapesOf(svg).match(/<path /g) ?? []).length).toBeGreaterThan(300);
});

test('the image changes when the filters change, and names them', async ({ request }) => {
	const all = await (await request.get('/map.svg?vintage=2024')).text();
	const legal = await (await request.get('/map.svg?vintage=2024&category=legal&authority=E09000033')).text();
	expect(shapesOf(legal)).not.toEqual(shapesOf(all));
	expect(legal).toContain('Filtered to Service: Legal');
	expect(legal).toContain('Westminster and its partners');
	expect(legal).toContain('>Selected council<');
});

test('the PNG image is a PNG that changes with the filters', async ({ request }) => {
	const all = await request.get('/map.png?metric=savings');
	expect(all.status()).toBe(200);
	expect(all.headers()['content-type']).toBe('image/png');
	const bytes = await all.body();
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const filtered = await (await request.get('/map.png?metric=savings&programme=capital_asset_pathfinder')).body();
	expect(filtered.equals(bytes)).toBe(false);
});

test('a savings image shows the one kind and period chosen, in its title, legend and total', async ({ request }) => {
	const target = await (await request.get('/map.svg?metric=savings&figure=target-cumulative')).text();
	const achieved = await (await request.get('/map.svg?metric=savings')).text();
	expect(target).toContain('Savings reported, target, cumulative, by council');
	expect(target).toMatch(/>Savings reported, target, cumulative \(£,</);
	expect(target).toMatch(/Savings reported, target, cumulative: £[\d.]+[km]? from \d+ arrangements?\./);
	// Never a sum across kinds: no other kind or period is named or totalled.
	expect(target).not.toContain('achieved');
	expect(target).not.toContain('a year');
	expect(achieved).toMatch(/Savings reported, achieved, a year: £[\d.]+[km]? from \d+ arrangements?\./);
	expect(shapesOf(target)).not.toEqual(shapesOf(achieved));
});

test('an old address naming the LGA map listing as a programme draws the shared services in no programme', async ({ request }) => {
	const old = await request.get('/map.svg?programme=shared_services');
	expect(old.status()).toBe(200);
	const svg = await old.text();
	expect(svg).toContain('Filtered to Programme: No programme (shared service)');
	expect(svg).toContain('/?programme=none');
	expect(shapesOf(svg)).toEqual(shapesOf(await (await request.get('/map.svg?programme=none')).text()));
});

test('an address the image cannot use is refused with what was wrong', async ({ request }) => {
	const response = await request.get('/map.svg?vintage=1999&colour=red');
	expect(response.status()).toBe(400);
	const text = await response.text();
	expect(text).toContain('There is no boundary year “1999”');
	expect(text).toContain('Ignored the unknown setting “colour”');
});

test('"Download map" offers the view on screen as PNG and SVG', async ({ page }) => {
	await enableMapHook(page);
	await page.goto('/?vintage=2024&category=legal');
	await waitForMap(page);
	const download = page.getByRole('region', { name: 'Download map' });
	const png = download.getByRole('link', { name: 'PNG image' });
	await expect(png).toHaveAttribute('href', '/map.png?vintage=2024&category=legal');
	await expect(download.getByRole('link', { name: 'SVG image' })).toHaveAttribute('href', '/map.svg?vintage=2024&category=legal');
	const [file] = await Promise.all([page.waitForEvent('download'), png.click()]);
	expect(file.suggestedFilename()).toBe('council-shared-services-map.png');
});

test('the picture of the map stands in until MapLibre has painted, then goes', async ({ page, request }) => {
	const served = await (await request.get('/?metric=savings')).text();
	expect(served).toMatch(/<img class="picture[^"]*" src="\/map.png\?metric=savings"/);
	await enableMapHook(page);
	await page.goto('/?metric=savings');
	await waitForMap(page);
	await expect(page.getByRole('img', { name: /Picture of the map/ })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the explorer shows the map as a picture of the same view', async ({ page }) => {
		await page.goto('/?vintage=2024&programme=capital_asset_pathfinder');
		const picture = page.getByRole('img', { name: /Picture of the map/ });
		await expect(picture).toHaveAttribute('src', '/map.png?vintage=2024&programme=capital_asset_pathfinder');
		await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
	});
});
