// The partner finder's work, shared by the page and its CSV download: read the URL, place published
// initiatives on today's map, and rank every current council for the chosen one.
import { currentVintage } from '#lib/domain/authority.ts';
import { placeInitiatives } from '#lib/domain/placeInitiatives.ts';
import { parsePartnersQuery } from '#lib/partners/parsePartnersQuery.ts';
import { partnerActivity } from '#lib/partners/partnerActivity.ts';
import { rankPartners } from '#lib/partners/rankPartners.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { readNamedRegister } from '#lib/server/authorityResolver.ts';

/** What depends only on the data (not on the URL's council) is shared between requests (`memo`, see pageCache.ts). */
export async function findPartners(locals: Pick<App.Locals, 'pb' | 'memo'>, params: URLSearchParams) {
	const [register, categories] = await Promise.all([readNamedRegister(), sharedCategories(locals)]);
	const query = parsePartnersQuery(
		params,
		register,
		categories.map((c) => c.slug)
	);
	const byCode = new Map(register.map((a) => [a.code, a]));
	const target = query.authority ? byCode.get(query.authority)! : null;
	const activity = await locals.memo(`partner-activity:${query.category}`, async () => {
		const initiatives = await sharedPublishedInitiatives(locals);
		return partnerActivity(placeInitiatives(initiatives, byCode, currentVintage), query.category);
	});
	const category = categories.find((c) => c.slug === query.category) ?? null;
	return {
		query,
		target,
		category,
		categories,
		register,
		suggestions: target ? rankPartners(target, register, currentVintage, activity, category?.name ?? null) : []
	};
}
