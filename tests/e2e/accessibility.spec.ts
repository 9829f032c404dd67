// Every page passes axe's WCAG 2.2 AA rules (Public Sector Bodies Accessibility Regulations), the editing pages too.
import { test } from '../support/csp.ts';
import { test as withAccounts } from '../support/accounts.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { enableMapHook, waitForMap } from '../support/map.ts';

const pages = [
	{ path: '/', map: true },
	{ path: '/?view=hex&overlay=capital_asset_pathfinder', map: true },
	{ path: '/?authority=E09000033', map: true },
	{ path: '/?view=table', map: false },
	{ path: '/?vintage=1999&programme=nope', map: true },
	{ path: '/authorities', map: false },
	{ path: '/authorities/E09000033', map: false },
	{ path: '/authorities/E09000034', map: false },
	{ path: '/initiatives/tri-borough', map: false },
	{ path: '/programmes', map: false },
	{ path: '/programmes/capital_asset_pathfinder', map: true },
	{ path: '/programmes/none', map: false }
];

for (const { path, map } of pages) {
	test(`${path} has no axe violations`, async ({ page }) => {
		await enableMapHook(page);
		await page.goto(path);
		if (map) await waitForMap(page);
		await expectNoAxeViolations(page);
	});
}

const editingPages = ['/edit', '/edit/initiatives/new', '/edit/import', '/edit/contributors', '/edit/review'];

for (const path of editingPages) {
	withAccounts(`${path} (signed in as an editor) has no axe violations`, async ({ page, accounts }) => {
		await accounts.useSession(page.context(), await accounts.create('editor'));
		await enableMapHook(page);
		await page.goto(path);
		await page.waitForSelector('body[data-started="true"]');
		if (path === '/edit/initiatives/new') {
			// With the map for picking councils open.
			await page.getByRole('button', { name: 'Pick councils on the map' }).click();
			await waitForMap(page);
		}
		await expectNoAxeViolations(page);
	});
}
