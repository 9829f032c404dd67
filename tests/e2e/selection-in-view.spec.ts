// The selected council stays on the map: after a search opens the panel (which narrows the map), after the
// panel closes, and after the window is resized, its shape lies inside the map canvas.
import { expect, test, type Page } from '../support/csp.ts';
import { enableMapHook, waitForMap } from '../support/map.ts';

test.beforeEach(async ({ page }) => enableMapHook(page));
// The map draws without a GPU here: the first paint and each refit take seconds.
test.describe.configure({ timeout: 60_000 });

/** Whether the code's shape lies inside the canvas once the map has settled (polled, so it waits for the refit). */
async function expectInView(page: Page, code: string): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate((c) => {
					const hook = window.__mapTestHook!;
					const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
					const box = hook.boxOf(c);
					if (!hook.idle() || !box) return 'not drawn yet';
					const [left, top, right, bottom] = box;
					const [width, height] = [canvas.clientWidth, canvas.clientHeight];
					return left >= 0 && top >= 0 && right <= width && bottom <= height
						? 'inside'
						: `box ${box.map(Math.round).join(',')} in a ${width}×${height} canvas`;
				}, code),
			{ timeout: 15_000 }
		)
		.toBe('inside');
}

async function search(page: Page, name: string): Promise<void> {
	await page.getByRole('combobox', { name: 'Find a council' }).fill(name);
	await page
		.getByRole('option', { name: new RegExp(`^${name}`) })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

for (const width of [390, 1400, 1920]) {
	test(`at ${width} px a searched council on the east coast stays inside the map as the panel opens`, async ({ page }) => {
		await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
		await page.goto('/?vintage=2012');
		await waitForMap(page);
		await search(page, 'Great Yarmouth');
		await expectInView(page, 'E07000145');
	});

	test(`at ${width} px the selection stays inside the map when the window is resized`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/?vintage=2012&authority=E09000033');
		await waitForMap(page);
		await expectInView(page, 'E09000033');
		await page.setViewportSize({ width: width < 600 ? 430 : Math.round(width * 0.7), height: 800 });
		await expectInView(page, 'E09000033');
	});
}

test('choosing another council after closing the panel brings it into view', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/?vintage=2012');
	await waitForMap(page);
	await search(page, 'Westminster');
	await expectInView(page, 'E09000033');
	await page.getByRole('button', { name: 'Close Westminster' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Westminster' })).toBeHidden();
	await search(page, 'Cornwall');
	await expectInView(page, 'E06000052');
});
