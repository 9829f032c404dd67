// On a phone (390 × 844, touch): no page scrolls sideways, every page passes axe, the site menu opens by
// touch (and without JavaScript), and the explorer is used by touch: map first, filters in a drawer,
// a tapped council's panel as a sheet over the map.
import { expect, test } from '../support/csp.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { enableMapHook, waitForMap, zoomToAuthority } from '../support/map.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
test.describe.configure({ timeout: 60_000 });

const pages = [
	{ path: '/', map: true },
	{ path: '/?authority=E09000033', map: true },
	{ path: '/?view=hex', map: true },
	{ path: '/?view=table', map: false },
	{ path: '/authorities', map: false },
	{ path: '/authorities/E09000033', map: false },
	{ path: '/initiatives/tri-borough', map: false },
	{ path: '/programmes', map: false },
	{ path: '/programmes/capital_asset_pathfinder', map: true },
	{ path: '/partners?authority=E07000190&category=legal', map: false },
	{ path: '/insights', map: false },
	{ path: '/compare?codes=E09000033,E09000020', map: false },
	{ path: '/api', map: false },
	{ path: '/signin', map: false },
	{ path: '/embed/authorities/E09000033', map: true }
];

for (const { path, map } of pages) {
	test(`${path} fits a phone without sideways scrolling and passes axe`, async ({ page }) => {
		await enableMapHook(page);
		await page.goto(path);
		await page.waitForSelector('body[data-started="true"]');
		if (map) await waitForMap(page);
		const overflow = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const scrollsInside = (element: Element | null): boolean =>
				element !== null &&
				element !== document.body &&
				(['auto', 'scroll'].includes(getComputedStyle(element).overflowX) || scrollsInside(element.parentElement));
			const wide = [...document.querySelectorAll('body *')]
				.filter(
					(element) => element.getBoundingClientRect().right > width + 1 && !element.closest('.maplibregl-canvas-container, [aria-hidden="true"]')
				)
				// What scrolls inside a box of its own (a wide table) does not move the page.
				.filter((element) => !scrollsInside(element.parentElement))
				.map(
					(element) =>
						`${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`
				);
			return { scroll: document.documentElement.scrollWidth - width, wide: [...new Set(wide)].slice(0, 5) };
		});
		expect(overflow).toEqual({ scroll: 0, wide: [] });
		await expectNoAxeViolations(page);
	});
}

test('the site menu is collapsed and opens by a tap', async ({ page }) => {
	await page.goto('/programmes');
	await page.waitForSelector('body[data-started="true"]');
	const programmes = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Insights' });
	await expect(programmes).toBeHidden();
	await page.getByText('Menu', { exact: true }).tap();
	await expect(programmes).toBeVisible();
	await programmes.tap();
	await expect(page).toHaveURL(/\/insights$/);
	await expect(programmes).toBeHidden();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the site menu still opens', async ({ page }) => {
		await page.goto('/authorities');
		const link = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Partner finder' });
		await expect(link).toBeHidden();
		await page.getByText('Menu', { exact: true }).tap();
		await expect(link).toBeVisible();
	});
});

test('the explorer by touch: map first, filters in a drawer, a tapped council in a sheet over the map', async ({ page }) => {
	await enableMapHook(page);
	await page.goto('/?vintage=2012');
	await waitForMap(page);
	const canvas = page.locator('.maplibregl-canvas');
	const heading = page.getByRole('heading', { level: 1 });
	expect((await canvas.boundingBox())!.y).toBeLessThan((await heading.boundingBox())!.y);

	const legal = page.getByRole('checkbox', { name: /^Legal/ });
	await expect(legal).toBeHidden();
	await page.getByText('Filters', { exact: true }).tap();
	await legal.tap();
	await expect(page).toHaveURL(/category=legal/);
	await waitForMap(page);

	await canvas.scrollIntoViewIfNeeded();
	await zoomToAuthority(page, 'E09000033');
	const point = await page.evaluate(() => window.__mapTestHook!.pointOf('E09000033'));
	const box = (await canvas.boundingBox())!;
	await page.touchscreen.tap(box.x + point![0], box.y + point![1]);
	const sheet = page.getByRole('region', { name: 'Westminster' });
	await expect(sheet.getByRole('heading', { name: 'Westminster', level: 2 })).toBeVisible();
	// The sheet: pinned to the bottom of the screen, over the lower part of the map.
	const sheetBox = (await page.locator('aside').filter({ has: sheet }).boundingBox())!;
	expect(sheetBox.y + sheetBox.height).toBeCloseTo(844, 0);
	expect(sheetBox.y).toBeLessThan(box.y + box.height);
	await sheet.getByRole('button', { name: 'Close Westminster' }).tap();
	await expect(sheet).toBeHidden();
});
