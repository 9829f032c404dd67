// With a basemap configured (PUBLIC_BASEMAP_STYLE_URL), the boundary map is drawn over it, and the hex
// cartogram is not: its hexes are not where the basemap's places are.
import { expect, test } from '../support/csp.ts';
import { enableMapHook, waitForMap } from '../support/map.ts';

const basemapLayers = ['basemap-background', 'basemap-land'];

test('the basemap shows under the boundary map, is hidden under the hex cartogram, and comes back', async ({ page }) => {
	const visible = () => page.evaluate(() => window.__mapTestHook!.visibleLayers());
	await enableMapHook(page);
	await page.goto('/fixtures/basemap?view=map');
	await waitForMap(page);
	expect(await visible()).toEqual(expect.arrayContaining([...basemapLayers, 'authority-fill']));

	await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Hex', exact: true }).click();
	await expect(page.locator('[data-view="hex"]')).toBeAttached();
	await waitForMap(page);
	// The view switch reaches the map a frame or more after the page shows it: wait for the basemap to go.
	await expect.poll(async () => (await visible()).filter((id) => basemapLayers.includes(id))).toEqual([]);
	expect(await visible()).toContain('authority-fill');

	await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map', exact: true }).click();
	await expect(page.locator('[data-view="map"]')).toBeAttached();
	await waitForMap(page);
	await expect.poll(visible).toEqual(expect.arrayContaining([...basemapLayers, 'authority-fill']));
});
