// Hostile input and hostile requests: stored script payloads in every text field render as inert text
// on every page, panel and export; cross-origin form posts are refused; sign-in never redirects off the
// site; and repeated wrong passwords lock the account out for a while.
import type { Page } from '../support/csp.ts';
import { expect, signInWithForm, test } from '../support/accounts.ts';

/** A payload that would set window.__xss if any page ever ran it as HTML. */
const payload = (where: string) => `${where} <img src=x onerror="window.__xss='${where}'"><script>window.__xss='${where}'</script>`;
const westminster = 'E09000033';
const scilly = 'E06000053';
const slug = `xss-probe-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const names = {
	initiative: payload('name'),
	description: payload('description'),
	source: payload('source title'),
	basis: payload('basis'),
	comment: payload('comment'),
	council: payload('council')
};

async function expectInert(page: Page): Promise<void> {
	expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

test.describe('stored XSS', () => {
	// One worker seeds the payloads once and visits every page with them.
	test.describe.configure({ mode: 'serial' });
	let initiativeId = '';

	test.beforeAll(async ({ admin }) => {
		const [category, first, second] = await Promise.all([
			admin.collection('categories').getFirstListItem('slug = "legal"'),
			admin.collection('authorities').getFirstListItem(`code = "${westminster}"`),
			admin.collection('authorities').getFirstListItem(`code = "${scilly}"`)
		]);
		const initiative = await admin.collection('initiatives').create({
			slug,
			name: names.initiative,
			programme: '',
			category: category.id,
			status: 'operational',
			start_year: 2013,
			description: names.description,
			savings: [
				{
					amount: 1000,
					kind: 'achieved',
					period: 'annual',
					fromYear: null,
					toYear: null,
					scope: '',
					reported: '2013',
					source: 'https://www.example.org/xss',
					basis: names.basis
				}
			],
			sources: [{ url: 'https://www.example.org/xss', title: names.source, date: '2013' }],
			lifecycle: 'published'
		});
		initiativeId = initiative.id;
		await admin.collection('participations').create({ initiative: initiative.id, authority: first.id, role: 'lead' });
		await admin.collection('participations').create({ initiative: initiative.id, authority: second.id, role: 'partner' });
	});

	test('render as text on the initiative page, the authority page and the map panel', async ({ page }) => {
		await page.goto(`/initiatives/${slug}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(names.initiative);
		for (const text of [names.description, names.source, names.basis]) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
		await expectInert(page);

		await page.goto(`/authorities/${westminster}`);
		await expect(page.getByText(names.initiative).first()).toBeAttached();
		await expectInert(page);

		await page.goto(`/?authority=${scilly}`);
		await page.waitForSelector('body[data-started="true"]');
		await expect(page.getByText(names.initiative).first()).toBeAttached();
		await expectInert(page);

		await page.goto(`/?view=table&authority=${scilly}`);
		await page.waitForSelector('body[data-started="true"]');
		await expect(page.getByText(names.initiative).first()).toBeAttached();
		await expectInert(page);
	});

	test('stay data in the CSV and JSON exports', async ({ request }) => {
		const csv = await request.get('/api/initiatives.csv');
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(csv.headers()['content-disposition']).toMatch(/^attachment/);
		expect(await csv.text()).toContain(names.initiative.replace(/"/g, '""'));

		const json = await request.get('/api/initiatives.json');
		expect(json.headers()['content-type']).toBe('application/json; charset=utf-8');
		const body = (await json.json()) as { initiatives: { slug: string; name: string; description: string }[] };
		expect(body.initiatives.find((i) => i.slug === slug)).toMatchObject({ name: names.initiative, description: names.description });
	});

	test('render as text in the review queue, the history, the reviewer’s comment and the picker', async ({ page, browser, accounts, admin }) => {
		const officer = await accounts.create('contributor', [westminster]);
		const editor = await accounts.create('editor');
		const draft = {
			slug: `${slug}-proposal`,
			name: names.initiative,
			// One council: a programme, since a shared service (no programme) needs two.
			programme: 'productivity_experts',
			category: 'legal',
			statusAsOf: '',
			lgaMapListed: false,
			status: 'planned',
			startYear: null,
			endYear: null,
			description: names.description,
			savings: [
				{
					amount: 1000,
					kind: 'target',
					period: 'annual',
					fromYear: null,
					toYear: null,
					scope: '',
					reported: '',
					source: 'https://www.example.org/p',
					basis: names.basis
				}
			],
			sources: [{ url: 'https://www.example.org/p', title: names.source, date: '' }],
			participations: [{ code: westminster, name: 'Westminster', role: 'lead', abolished: null }]
		};
		const westminsterId = (await admin.collection('authorities').getFirstListItem(`code = "${westminster}"`)).id;
		await admin.collection('revisions').create({
			data: { ...draft, slug: `${slug}-rejected` },
			authorities: [westminsterId],
			status: 'rejected',
			comment: names.comment,
			proposed_by: officer.id,
			reviewed_by: editor.id
		});
		await admin.collection('revisions').create({ data: draft, authorities: [westminsterId], status: 'pending', proposed_by: officer.id });
		await admin.collection('initiatives').update(initiativeId, { name: `${names.initiative} (edited)` });

		const editorContext = await browser.newContext();
		await accounts.useSession(editorContext, editor);
		const editorPage = await editorContext.newPage();
		await editorPage.goto('/edit/review');
		await expect(editorPage.getByRole('heading', { name: `New: “${names.initiative}”` }).first()).toBeVisible();
		await expectInert(editorPage);
		await editorPage.goto(`/initiatives/${slug}/history`);
		await expect(editorPage.getByRole('cell', { name: `${names.initiative} (edited)` })).toBeVisible();
		await expectInert(editorPage);
		await editorContext.close();

		await accounts.useSession(page.context(), officer);
		await page.goto('/edit/mine');
		await expect(page.getByRole('cell', { name: names.comment })).toBeVisible();
		await expectInert(page);
		await page.goto('/edit/initiatives/new');
		await page.waitForSelector('body[data-started="true"]');
		// The picker's suggestions are the register's names; what people put into it is what they type, sent to the
		// typeahead and echoed back in the message when it names no council.
		await page.getByRole('combobox', { name: 'Council 1' }).fill(names.council);
		await page.getByRole('button', { name: 'Send proposal for review' }).click();
		await expect(page.locator('#councils-error')).toContainText(`no council is called “${names.council}”`);
		await expectInert(page);
	});
});

test('a cross-origin form post is refused, a same-origin one is not', async ({ request, accounts, baseURL }) => {
	const editor = await accounts.create('editor');
	const evil = await request.post('/signin', {
		form: { email: editor.email, password: 'correct-horse-battery' },
		headers: { origin: 'https://evil.example' },
		maxRedirects: 0
	});
	expect(evil.status()).toBe(403);
	const forged = await request.post('/edit/contributors?/create', {
		form: { name: 'Forged', email: 'forged@test.invalid', password: 'forged-password-1', authorities: 'Westminster' },
		headers: { origin: 'https://evil.example' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	const same = await request.post('/signin', {
		form: { email: editor.email, password: 'wrong password' },
		headers: { origin: baseURL! },
		maxRedirects: 0
	});
	expect(same.status()).toBe(400);
});

test('sign-in never redirects to another site', async ({ page, accounts, baseURL }) => {
	for (const target of ['https://evil.example/steal', '//evil.example', '/\\evil.example', '/%2F%2Fevil.example']) {
		await page.goto(`/signin?redirect=${encodeURIComponent(target)}`);
		await expect(page.locator('input[name="redirect"]')).toHaveValue('/edit');
	}
	const editor = await accounts.create('editor');
	await page.goto(`/signin?redirect=${encodeURIComponent('https://evil.example/steal')}`);
	await signInWithForm(page, editor);
	await expect(page.getByRole('heading', { name: 'Editing' })).toBeVisible();
	expect(new URL(page.url()).origin).toBe(baseURL);
});

test('sign-in is refused for a while after repeated wrong passwords', async ({ page, accounts }) => {
	const officer = await accounts.create('contributor', [westminster]);
	// Each attempt waits for its answer: the alert's text alone does not change between wrong passwords.
	const attempt = async (secret?: string) => {
		const answered = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/signin');
		await signInWithForm(page, officer, secret);
		await answered;
	};
	await page.goto('/signin');
	for (let i = 1; i <= 5; i++) {
		await attempt(`wrong password ${i}`);
		await expect(page.getByRole('alert')).toHaveText(/password is wrong/);
	}
	await attempt();
	await expect(page.getByRole('alert')).toHaveText(/Too many/);
	await expect(page).toHaveURL(/\/signin/);
});
