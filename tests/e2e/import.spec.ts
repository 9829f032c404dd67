// The CSV import as an editor meets it: check a file, see what it would do (or every problem), confirm,
// and find the initiatives saved; files near and over the size limit get the same care.
import type { Page } from '../support/csp.ts';
import { expect, test } from '../support/accounts.ts';
import { file, header, row, tauntonMendip, triBorough } from '../support/imports.ts';
import type { InitiativeRecord } from '#lib/server/initiatives.ts';

let runs = 0;
/** The fixture rows under ids no other test (or earlier run on this database) has used. */
function freshRows() {
	const suffix = `${Date.now().toString(36)}-${++runs}`;
	return [
		{ ...triBorough, id: `import-e2e-tri-borough-${suffix}` },
		{ ...tauntonMendip, id: `import-e2e-taunton-mendip-${suffix}` }
	];
}

async function check(page: Page, name: string, text: string) {
	await page.getByLabel('CSV file (UTF-8, under 500 kB)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: 'Check the file' }).click();
}

test.beforeEach(async ({ page, accounts }) => {
	await accounts.useSession(page.context(), await accounts.create('editor'));
	await page.goto('/edit/import');
	await page.waitForSelector('body[data-started="true"]');
});

test('an editor checks a file, sees what it would create, imports it, and the initiatives are saved', async ({ page, accounts }) => {
	const rows = freshRows();
	await check(page, 'two.csv', file(...rows));
	await expect(page.getByRole('heading', { name: 'two.csv is ready to import' })).toBeVisible();
	await expect(page.getByText(`2 new initiatives: ${rows[0].id}, ${rows[1].id}`)).toBeVisible();
	await page.getByRole('button', { name: 'Import two.csv' }).click();
	await expect(page.getByText('Imported: 2 created, 0 updated, 0 unchanged.')).toBeVisible();
	const saved = await accounts.admin
		.collection('initiatives')
		.getFullList<InitiativeRecord>({ filter: `slug ~ "${rows[0].id}" || slug ~ "${rows[1].id}"` });
	expect(saved.map((r) => r.slug).sort()).toEqual(rows.map((r) => r.id).sort());
	expect(saved.every((r) => r.lifecycle === 'draft')).toBe(true);
});

test('a file with a bad row shows each problem with its line and column, and offers nothing to import', async ({ page, accounts }) => {
	const rows = freshRows();
	await check(page, 'bad.csv', file(rows[0], { ...rows[1], status: 'live' }));
	await expect(page.getByRole('heading', { name: 'bad.csv: 1 problem, nothing can be imported' })).toBeVisible();
	await expect(page.getByRole('row', { name: /^3 status/ })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
	expect(await accounts.admin.collection('initiatives').getList(1, 1, { filter: `slug = "${rows[0].id}"` })).toMatchObject({ totalItems: 0 });
});

test('a file just under the size limit imports whole: confirming it is not refused as too large', async ({ page }) => {
	const rows = freshRows();
	// Leading "#" lines are notes the import skips (an export's licence note): padding with characters that
	// grow threefold when a form is URL-encoded (commas, quotes, semicolons, line breaks).
	const note = `# note; padding, to make the file large,"a quoted field, with ""quotes"", commas; and semicolons",;;,,`;
	const padding = Array.from({ length: Math.floor(480_000 / (note.length + 1)) }, () => note).join('\n');
	const text = `${padding}\n${header}\n${rows.map((r) => row(r)).join('\n')}\n`;
	expect(text.length).toBeGreaterThan(470_000);
	expect(text.length).toBeLessThan(500_000);
	await check(page, 'large.csv', text);
	await expect(page.getByRole('heading', { name: 'large.csv is ready to import' })).toBeVisible();
	await page.getByRole('button', { name: 'Import large.csv' }).click();
	await expect(page.getByText('Imported: 2 created, 0 updated, 0 unchanged.')).toBeVisible();
});

test('a file over the size limit is refused with what to do, whatever its size', async ({ page }) => {
	for (const size of [510_000, 600_000, 3_000_000]) {
		await check(page, `huge-${size}.csv`, `${header}\n${'#'.repeat(size)}\n`);
		await expect(page.getByRole('alert')).toHaveText(
			`The file is ${Math.round((size + header.length + 2) / 1000)} kB; split it into files under 500 kB.`
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import initiatives from a CSV file');
	}
});

test('without JavaScript, a file past what the server accepts gets a page that says what to do', async ({ browser, accounts }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	await accounts.useSession(context, await accounts.create('editor'));
	const page = await context.newPage();
	await page.goto('/edit/import');
	await check(page, 'huge.csv', `${header}\n${'#'.repeat(600_000)}\n`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, there is a problem');
	await expect(
		page.getByText('What you sent is larger than this site accepts. If it was a CSV file to import, split it into files under 500 kB.')
	).toBeVisible();
	await context.close();
});
