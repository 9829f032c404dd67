// The keyboard-only journey: skip to content, find a council with the search box, land on its panel and
// reach a source link, without a pointer.
import { expect, test, type Page } from '../support/csp.ts';

/** Presses Tab until the focused element matches, within a bound, as a keyboard user would. */
async function tabTo(page: Page, matches: () => boolean, limit = 120): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await page.evaluate(matches)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('never reached the element with Tab');
}

test('a keyboard user finds a council, opens its panel and reaches a source link', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('body[data-started="true"]')).toBeAttached();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

	await tabTo(page, () => document.activeElement?.id === 'council-search');
	await page.keyboard.type('Westmin');
	await expect(page.getByRole('combobox', { name: 'Find a council' })).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('option', { name: /Westminster/ }).first()).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/authority=E09000033/);
	const heading = page.getByRole('heading', { level: 2, name: 'Westminster' });
	await expect(heading).toBeFocused();

	await tabTo(page, () => {
		const element = document.activeElement;
		return (
			element instanceof HTMLAnchorElement &&
			element.href.startsWith('http') &&
			!element.href.startsWith(location.origin) &&
			!!element.closest('.panel')
		);
	});
	const focused = page.locator(':focus');
	await expect(focused).toHaveAttribute('href', /^https?:\/\//);
});

test('Escape closes the suggestions and keeps the typed text', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('body[data-started="true"]')).toBeAttached();
	const box = page.getByRole('combobox', { name: 'Find a council' });
	await box.focus();
	await page.keyboard.type('Shepway');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('option', { name: /Folkestone and Hythe/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toHaveValue('Shepway');
});

test('every explorer control is reachable and shows focus', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('body[data-started="true"]')).toBeAttached();
	await page.getByRole('checkbox', { name: /^ICT/ }).focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/category=ict/);
	const outline = await page.getByRole('checkbox', { name: /^ICT/ }).evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.getByRole('link', { name: 'Table' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/view=table/);
});
