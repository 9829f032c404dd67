// The editing journey: a council officer proposes an initiative, an LGA editor approves it, and the public
// then sees it; a rejection's comment reaches the officer; the forms work without JavaScript; an ended
// session sends people to sign in and back.
import { expect, signInWithForm, test } from '../support/accounts.ts';

const westminster = 'E09000033';

test('a contributor proposes, an editor approves and the public sees it', async ({ page, browser, accounts }) => {
	const officer = await accounts.create('contributor', [westminster]);
	const editor = await accounts.create('editor');
	const name = `Westminster and Camden shared legal ${Date.now()}`;
	const slug = name.toLowerCase().replace(/ /g, '-');

	await page.goto('/edit/initiatives/new');
	await expect(page).toHaveURL(/\/signin\?redirect=%2Fedit%2Finitiatives%2Fnew/);
	await signInWithForm(page, officer);
	await expect(page.getByRole('heading', { name: 'Propose an initiative' })).toBeVisible();
	await page.waitForSelector('body[data-started="true"]');

	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByLabel('Description').fill('Two London boroughs share one legal team.');
	await page.getByLabel('Programme').selectOption({ label: 'No programme (shared service)' });
	await page.getByLabel('Service category').selectOption('legal');
	await page.getByLabel('Status').selectOption('operational');
	// The picker suggests councils as the officer types (the shared name resolver behind it).
	await page.getByRole('combobox', { name: 'Council 1' }).pressSequentially('Westmin');
	await page
		.getByRole('option', { name: /Westminster/ })
		.first()
		.click();
	await expect(page.getByRole('combobox', { name: 'Council 1' })).toHaveValue('Westminster');
	await page.getByRole('combobox', { name: 'Council 2' }).fill('Camden');
	await page.getByRole('radio', { name: 'Lead' }).first().check();
	await page.getByLabel('Source web addresses').fill('https://www.example.org/westminster-camden-legal');
	await page.getByLabel('Source title').fill('Boroughs agree shared legal service');
	// A savings figure for one of the two councils, typed by kind and period.
	const figure = page.getByRole('group', { name: 'Savings figure 1' });
	await figure.getByLabel('Amount (£)').fill('1000000');
	await figure.getByLabel('Kind').selectOption('target');
	await figure.getByLabel('Period').selectOption('annual');
	await figure.getByLabel('For council').fill('Camden');
	await figure.getByLabel('Source', { exact: true }).fill('https://www.example.org/westminster-camden-legal');
	await figure.getByLabel('What the source says').fill('Camden expects to save £1m a year');
	await page.getByRole('button', { name: 'Send proposal for review' }).click();

	await expect(page).toHaveURL(/\/edit\/mine\?proposed=1/);
	await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Waiting for review');
	expect((await page.request.get(`/initiatives/${slug}`)).status()).toBe(404);

	const editorContext = await browser.newContext();
	await accounts.useSession(editorContext, editor);
	const review = await editorContext.newPage();
	await review.goto('/edit/review');
	const proposal = review.getByRole('region', { name: `New: “${name}”` });
	await expect(proposal).toContainText('Westminster (lead)');
	await expect(proposal).toContainText('£1m target, a year, for Camden only (Camden expects to save £1m a year)');
	await proposal.getByRole('button', { name: 'Approve and publish' }).click();
	await expect(review.getByText('Proposal approved.')).toBeVisible();
	await editorContext.close();

	await page.goto(`/initiatives/${slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByText('£1m target, a year, for Camden only')).toBeVisible();
	await page.goto('/edit/mine');
	await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Approved');
});

test('a rejected proposal shows the reviewer’s comment to its contributor', async ({ page, browser, accounts }) => {
	const officer = await accounts.create('contributor', [westminster]);
	const editor = await accounts.create('editor');
	await accounts.useSession(page.context(), officer);
	await page.goto('/edit/initiatives/tri-borough');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Propose a change to');
	await page.waitForSelector('body[data-started="true"]');
	// Sent unchanged, the proposal is refused with a reason rather than queued for review.
	await page.getByRole('button', { name: 'Send proposal for review' }).click();
	await expect(page.getByRole('alert')).toContainText('This proposal changes nothing yet');
	await expect(page).toHaveURL(/\/edit\/initiatives\/tri-borough/);
	// Other tests propose changes to the same initiative at the same time: this proposal is told apart by its text.
	const description = `A longer description of the tri-borough arrangement, proposed by ${officer.name}.`;
	await page.getByLabel('Description').fill(description);
	await page.getByRole('button', { name: 'Send proposal for review' }).click();
	await expect(page).toHaveURL(/\/edit\/mine/);

	const editorContext = await browser.newContext();
	await accounts.useSession(editorContext, editor);
	const review = await editorContext.newPage();
	await review.goto('/edit/review');
	const proposal = review.getByRole('region', { name: 'Change to “Tri-borough shared services”' }).filter({ hasText: description });
	await expect(proposal.getByRole('row', { name: /Description/ })).toContainText(description);
	await proposal.getByLabel(/Comment for the contributor/).fill('Please cite a source for the new text.');
	await proposal.getByRole('button', { name: 'Reject' }).click();
	await expect(review.getByText('Proposal rejected.')).toBeVisible();
	await editorContext.close();

	await page.goto('/edit/mine');
	await expect(page.getByRole('row', { name: /Tri-borough/ }).first()).toContainText('Please cite a source for the new text.');
	await page.goto('/initiatives/tri-borough');
	await expect(page.getByText(description)).toHaveCount(0);
});

test('the forms work without JavaScript, with a message at each wrong field', async ({ browser, accounts }) => {
	const officer = await accounts.create('contributor', [westminster]);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/signin?redirect=/edit/initiatives/new');
	await signInWithForm(page, officer, undefined, { javaScript: false });
	await expect(page.getByRole('heading', { name: 'Propose an initiative' })).toBeVisible();

	await page.getByLabel('Name', { exact: true }).fill('No-script proposal');
	await page.getByLabel('Start year').fill('20l2');
	await page.getByRole('textbox', { name: 'Council 1' }).fill('Narnia');
	await page.getByRole('button', { name: 'Send proposal for review' }).click();
	await expect(page.getByRole('alert')).toContainText('There is a problem');
	await expect(page.locator('#start_year-error')).toContainText('is not a year');
	await expect(page.locator('#councils-error')).toContainText('no council is called “Narnia”');
	await expect(page.locator('#description-error')).toContainText('must not be empty');
	await expect(page.getByLabel('Start year')).toHaveAttribute('aria-describedby', 'start_year-error');

	await page.getByLabel('Description').fill('Written without JavaScript.');
	await page.getByLabel('Programme').selectOption({ label: 'No programme (shared service)' });
	await page.getByLabel('Service category').selectOption('legal');
	await page.getByLabel('Status').selectOption('planned');
	await page.getByLabel('Start year').fill('2012');
	// Without the picker, the typed name is resolved on the server by the same resolver.
	await page.getByRole('textbox', { name: 'Council 1' }).fill('Westminster City Council');
	await page.getByRole('textbox', { name: 'Council 2' }).fill('Kensington and Chelsea');
	await page.getByLabel('Source web addresses').fill('https://www.example.org/no-script');
	await page.getByLabel('Source title').fill('No-script source');
	await page.getByRole('button', { name: 'Send proposal for review' }).click();
	await expect(page).toHaveURL(/\/edit\/mine\?proposed=1/);
	await expect(page.getByRole('row', { name: /No-script proposal/ })).toContainText('Waiting for review');
	await context.close();
});

test('an ended session sends people to sign in, then back where they were', async ({ page, baseURL }) => {
	const stale = encodeURIComponent(JSON.stringify({ token: 'expired.token.value', record: { id: 'x', collectionName: 'users' } }));
	await page.context().addCookies([{ name: 'pb_auth', value: stale, url: baseURL! }]);
	await page.goto('/edit/review');
	await expect(page).toHaveURL(/\/signin\?redirect=%2Fedit%2Freview&expired=1/);
	await expect(page.getByRole('status').filter({ hasText: 'Your session has ended' })).toBeVisible();
});
