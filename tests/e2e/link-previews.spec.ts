// Shared links: every explorer, council, programme and initiative address has a description and an Open
// Graph image, which is the map image of that view and loads.
import { expect, test } from '../support/csp.ts';

const pages = [
	{ path: '/?vintage=2024&category=legal', image: '/map.png?vintage=2024&category=legal', says: /Service: Legal/ },
	{ path: '/?authority=E09000033', image: '/map.png?authority=E09000033', says: /Westminster and its partners/ },
	{
		path: '/authorities/E09000033',
		image: '/map.png?authority=E09000033',
		says: /^Westminster \(london borough in London\): \d+ shared-service initiatives/
	},
	{ path: '/authorities/E06000066', image: '/map.png?vintage=2024&authority=E06000066', says: /^Somerset/ },
	{
		path: '/programmes/capital_asset_pathfinder',
		image: '/map.png?metric=participation&programme=capital_asset_pathfinder',
		says: /^Capital and asset pathfinder/
	},
	{
		path: '/?metric=savings&figure=target-cumulative',
		image: '/map.png?metric=savings&figure=target-cumulative',
		says: /Savings reported, target, cumulative, by council/
	},
	{ path: '/initiatives/tri-borough', image: /\/map\.png\?vintage=2024&programme=none&category=\w+&authority=E09/, says: /^Tri-borough/ }
];

for (const { path, image, says } of pages) {
	test(`${path} has a description and a preview image of its map`, async ({ page, request }) => {
		await page.goto(path);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description).toMatch(says);
		expect(description!.length).toBeLessThanOrEqual(200);
		await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description!);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Council shared services map/);
		const og = await page.locator('meta[property="og:image"]').getAttribute('content');
		const url = new URL(og!);
		expect(url.origin).toBe(new URL(page.url()).origin);
		expect(url.pathname + url.search).toMatch(image);
		const picture = await request.get(og!);
		expect(picture.status()).toBe(200);
		expect(picture.headers()['content-type']).toBe('image/png');
	});
}

// Preview crawlers run no scripts: the explorer's page as sent describes its view, though its data comes later.
for (const { path, says } of pages.filter((p) => p.path.startsWith('/?'))) {
	test(`${path} is described in the page as sent`, async ({ request }) => {
		const html = await (await request.get(path)).text();
		const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
		expect(description).toMatch(says);
	});
}
