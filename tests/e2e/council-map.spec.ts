// Picking an initiative's councils on the map, beside typing them: a click fills the next empty council
// field, a second click empties it again, and what was picked is what gets saved.
import { expect, test } from '../support/accounts.ts';
import { clickAuthority, drawnMarks, enableMapHook, waitForMap } from '../support/map.ts';

const cambridge = 'E07000008';
const huntingdonshire = 'E07000011';
const southCambridgeshire = 'E07000012';
const tauntonDeane = 'E07000190';

test.beforeEach(async ({ page, accounts }) => {
	await accounts.useSession(page.context(), await accounts.create('editor'));
	await enableMapHook(page);
	await page.goto('/edit/initiatives/new');
	await page.waitForSelector('body[data-started="true"]');
});

test('an editor picks councils on the map, takes one out again, and the initiative saves with those picked', async ({ page }) => {
	const council = (n: number) => page.getByRole('combobox', { name: `Council ${n}`, exact: true });
	await page.getByRole('button', { name: 'Pick councils on the map' }).click();
	await waitForMap(page);

	await clickAuthority(page, cambridge);
	await expect(council(1)).toHaveValue('Cambridge');
	await expect(page.getByText('Cambridge added to the councils.')).toBeAttached();
	// What the canvas draws: the picked council's selection outline.
	await expect.poll(async () => (await drawnMarks(page)).selected).toContain(cambridge);
	await clickAuthority(page, southCambridgeshire);
	await expect(council(2)).toHaveValue('South Cambridgeshire');

	await clickAuthority(page, cambridge);
	await expect(council(1)).toHaveValue('');
	await expect(page.getByText('Cambridge taken out of the councils.')).toBeAttached();
	await expect.poll(async () => (await drawnMarks(page)).selected).toEqual([southCambridgeshire]);
	await clickAuthority(page, huntingdonshire);
	await expect(council(1)).toHaveValue('Huntingdonshire');
	await expect(council(2)).toHaveValue('South Cambridgeshire');

	const name = `Huntingdonshire and South Cambridgeshire planning ${Date.now()}`;
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByLabel('Description').fill('Two Cambridgeshire districts share a planning team.');
	await page.getByLabel('Programme').selectOption({ label: 'No programme (shared service)' });
	await page.getByLabel('Service category').selectOption('legal');
	await page.getByLabel('Status').selectOption('operational');
	await page.getByLabel('Source web addresses').fill('https://www.example.org/hunts-south-cambs');
	await page.getByLabel('Source title').fill('Districts agree a shared planning team');
	await page.getByRole('button', { name: 'Save initiative' }).click();

	await expect(page).toHaveURL(/\/edit\/initiatives\/[a-z0-9-]+\?saved=1/);
	await expect(council(1)).toHaveValue('Huntingdonshire');
	await expect(council(2)).toHaveValue('South Cambridgeshire');
	await expect(council(3)).toHaveValue('');
});

test('a council merged away since 2019 opens the map on the 2012 boundaries, where it is drawn and chosen', async ({ page }) => {
	await page.getByRole('combobox', { name: 'Council 1', exact: true }).pressSequentially('Taunton De');
	await page
		.getByRole('option', { name: /Taunton Deane/ })
		.first()
		.click();
	await page.getByRole('button', { name: 'Pick councils on the map' }).click();
	await expect(page.getByRole('radio', { name: '2012' })).toBeChecked();
	await waitForMap(page);
	await expect.poll(async () => (await drawnMarks(page)).selected).toEqual([tauntonDeane]);
});
