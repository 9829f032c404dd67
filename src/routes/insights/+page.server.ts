// The insights dashboard: the map's URL read into one group (vintage, region or England, tier or all),
// and that group's figures (lib/server/insights.ts).
import { sharedCategories } from '#lib/server/categories.ts';
import { readInsights } from '#lib/server/insights.ts';
import { sharedProgrammes } from '#lib/server/programmes.ts';
import { readRegister } from '#lib/server/register.ts';
import { parseInsightsScope } from '#lib/insights/insightsScope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const [register, programmes, categories] = await Promise.all([readRegister(), sharedProgrammes(locals), sharedCategories(locals)]);
	const regions = [...new Map(register.map((a) => [a.region, a.regionName]))].sort().map(([code, name]) => ({ code, name }));
	const known = {
		programmes: programmes.map((p) => p.slug),
		categories: categories.map((c) => c.slug),
		regions: regions.map((r) => r.code),
		authorities: new Map(register.map((a) => [a.code, a]))
	};
	const parsed = parseInsightsScope(url.searchParams, known, (code) => regions.find((r) => r.code === code)?.name ?? code);
	return {
		...parsed,
		regions,
		insights: (await readInsights(locals, parsed.scope.vintage))(parsed.scope)
	};
};
