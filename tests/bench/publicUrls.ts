// The addresses the mixed load and the one-client timings read: many distinct URLs per public route, as
// real visitors spread over vintages, views, filters, councils and initiatives. The initiatives the
// writers toggle are left out of the initiative pages (an unpublished one is a 404, not a slow page).
import type { Authority } from '#lib/domain/authority.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';

export interface PublicUrls {
	explorer: string[];
	council: string[];
	initiative: string[];
	insights: string[];
	partners: string[];
	exports: string[];
	programmes: string[];
	compare: string[];
}

export type Route = keyof PublicUrls;

/** Explorer 40 %, council pages 25 %, initiative pages 10 %, insights 10 %, partner finder 10 %, exports 5 %. */
export const readerShares: Partial<Record<Route, number>> = {
	explorer: 0.4,
	council: 0.25,
	initiative: 0.1,
	insights: 0.1,
	partners: 0.1,
	exports: 0.05
};

export function publicUrls(register: Authority[], context: { slugs: string[]; programmes: string[]; categories: string[] }): PublicUrls {
	const current = register.filter((a) => a.vintages.includes('2024') && a.validTo === null).map((a) => a.code);
	const regions = [...new Set(register.map((a) => a.region))].filter(Boolean);
	const pick = <T>(list: T[], n: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
	const explorer: string[] = [];
	for (const vintage of ['2012', '2024'])
		for (const view of ['map', 'hex', 'table']) {
			const base = `/?vintage=${vintage}${view === 'map' ? '' : `&view=${view}`}`;
			explorer.push(base, ...pick(context.programmes, 6).map((p) => `${base}&programme=${p}`), ...pick(regions, 5).map((r) => `${base}&region=${r}`));
			explorer.push(...pick(current, 8).map((code) => `${base}&authority=${code}`), `${base}&status=operational&tier=lower`);
		}
	const insights = ['2012', '2024'].flatMap((vintage) =>
		['', ...regions].flatMap((region) =>
			['', 'upper', 'lower', 'single'].map((tier) => `/insights?vintage=${vintage}${region ? `&region=${region}` : ''}${tier ? `&tier=${tier}` : ''}`)
		)
	);
	const partners = pick(current, 40).flatMap((code) =>
		['', ...pick(context.categories, 3)].map((category) => `/partners?authority=${code}${category ? `&category=${category}` : ''}`)
	);
	const exports = ['json', 'csv', 'geojson'].flatMap((format) =>
		['', ...pick(context.programmes, 4).map((p) => `programme=${p}`), ...pick(regions, 3).map((r) => `region=${r}`)].map(
			(q) => `/api/initiatives.${format}${q ? `?${q}` : ''}`
		)
	);
	const compare = pick(current, 20).map((code, i, list) => `/compare?codes=${code},${list[(i + 1) % list.length]}`);
	return {
		explorer,
		council: register.map((a) => `/authorities/${a.code}`),
		initiative: context.slugs.map((slug) => `/initiatives/${slug}`),
		insights,
		partners,
		exports,
		programmes: ['/programmes', ...context.programmes.map((p) => `/programmes/${p}`)],
		compare
	};
}

/** The addresses for a seeded PocketBase, and the initiatives the writers toggle (readers' initiative pages are the others). */
export async function seededUrls(pb: SeededPocketBase): Promise<{ urls: PublicUrls; writerSlugs: string[] }> {
	const slugs = (await pb.admin.collection('initiatives').getFullList({ filter: 'lifecycle = "published"', fields: 'slug', sort: 'slug' })).map((r) =>
		String(r.slug)
	);
	const writerSlugs = slugs.filter((_, i) => i % 10 === 3).slice(0, 12);
	const urls = publicUrls(pb.register, {
		slugs: slugs.filter((slug) => !writerSlugs.includes(slug)),
		programmes: (await pb.admin.collection('programmes').getFullList({ fields: 'slug' })).map((r) => String(r.slug)),
		categories: (await pb.admin.collection('categories').getFullList({ fields: 'slug' })).map((r) => String(r.slug))
	});
	return { urls, writerSlugs };
}
