// Two to four councils side by side (?codes=A,B,C, codes or names). Bad settings fall back with a notice.
import { currentVintage } from '#lib/domain/authority.ts';
import { compareAuthorities } from '#lib/compare/compareAuthorities.ts';
import { parseCompareQuery } from '#lib/compare/parseCompareQuery.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { readNamedRegister } from '#lib/server/authorityResolver.ts';
import { sharedRelations } from '#lib/server/relations.ts';
import { authorityLabel } from '#lib/domain/resolveAuthority.ts';
import { successionNames } from '#lib/domain/successionNames.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const register = await readNamedRegister();
	const query = parseCompareQuery(url.searchParams, register, Number(currentVintage));
	const byCode = new Map(register.map((a) => [a.code, a]));
	const comparing = query.codes.length >= 2;
	const [initiatives, categories, relations] = await Promise.all([
		comparing ? sharedPublishedInitiatives(locals) : [],
		sharedCategories(locals),
		comparing ? sharedRelations(locals) : []
	]);
	const comparison = compareAuthorities(query.codes, initiatives, byCode, relations);
	// A predecessor is named apart from the council it led to (Somerset County Council beside Somerset).
	const throughName = (code: string, via: string) =>
		byCode.has(via) ? successionNames(byCode.get(code)!, [byCode.get(via)!], 'backward').to[0] : via;
	const mentioned = new Set(comparison.columns.flatMap((c) => c.partners.map((p) => p.code)));
	return {
		notices: query.notices,
		comparison: {
			columns: comparison.columns.map(({ authority: { code, name, kind, regionName, validFrom, validTo }, initiatives: own, ...rest }) => ({
				...rest,
				authority: { code, name, kind, regionName, validFrom, validTo },
				initiatives: own.map(({ initiative, via }) => ({
					slug: initiative.slug,
					name: initiative.name,
					via,
					through: via ? throughName(code, via) : null
				}))
			})),
			inCommon: comparison.inCommon.map(({ initiative, codes }) => ({ slug: initiative.slug, name: initiative.name, codes }))
		},
		names: Object.fromEntries([...mentioned].map((code) => [code, byCode.has(code) ? authorityLabel(byCode.get(code)!) : code])),
		categories: Object.fromEntries(categories.map((c) => [c.slug, c.name])),
		authorities: register
			.filter((a) => a.vintages.includes(currentVintage) && a.validTo === null)
			.map(({ code, name, kind, regionName }) => ({ code, name, kind, regionName }))
			.sort((a, b) => a.name.localeCompare(b.name))
	};
};
