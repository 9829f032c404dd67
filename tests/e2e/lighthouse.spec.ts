// Lighthouse's accessibility, best-practices and SEO audits on the explorer, a council page and insights, with
// its desktop and its mobile settings: every category scores 100, and a miss names the audits that failed.
import { chromium, expect, test as base } from '@playwright/test';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { freePort } from '../../scripts/lib/ports.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const categories = ['accessibility', 'best-practices', 'seo'];
const pages = [
	{ name: 'the explorer', path: '/' },
	{ name: 'a council page', path: '/authorities/E07000078' },
	{ name: 'insights', path: '/insights' }
];
const settings: { name: string; config: Config | undefined }[] = [
	{ name: 'desktop', config: desktopConfig },
	{ name: 'mobile', config: undefined } // Lighthouse's default settings are a phone's
];

// Lighthouse drives the browser through its DevTools port: one browser per worker, launched as every test's is.
const test = base.extend<object, { devtoolsPort: number }>({
	devtoolsPort: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern, and this one has none
		async ({}, use) => {
			const port = await freePort();
			const browser = await chromium.launch({
				...chromiumLaunchOptions,
				args: [...(chromiumLaunchOptions.args ?? []), `--remote-debugging-port=${port}`]
			});
			await use(port);
			await browser.close();
		},
		{ scope: 'worker' }
	]
});
// A hang guard: a run loads the page, waits for the network and the main thread to go quiet, then audits.
test.describe.configure({ timeout: 180_000 });

/** One line per category below 100: its title, score and the titles of the audits that cost it points. */
function shortfalls(result: Result): string[] {
	return Object.values(result.categories).flatMap((category) => {
		const failed = category.auditRefs
			.map((ref) => ({ ref, audit: result.audits[ref.id] }))
			.filter(({ ref, audit }) => audit.scoreDisplayMode === 'error' || (ref.weight > 0 && audit.score !== null && audit.score < 1))
			.map(({ audit }) => (audit.scoreDisplayMode === 'error' ? `${audit.title} (could not run: ${audit.errorMessage})` : audit.title));
		const score = category.score === null ? 'no score' : String(Math.round(category.score * 100));
		return category.score === 1 && failed.length === 0 ? [] : [`${category.title} ${score}: ${failed.join('; ')}`];
	});
}

for (const { name, path } of pages) {
	for (const setting of settings) {
		test(`${name} scores 100 for accessibility, best practices and SEO with ${setting.name} settings`, async ({ devtoolsPort, baseURL }) => {
			const run = await lighthouse(
				new URL(path, baseURL).href,
				{ port: devtoolsPort, onlyCategories: categories, logLevel: 'error' },
				setting.config
			);
			expect(run?.lhr.runtimeError).toBeUndefined();
			expect(Object.keys(run!.lhr.categories).sort()).toEqual(categories);
			expect(shortfalls(run!.lhr)).toEqual([]);
		});
	}
}
