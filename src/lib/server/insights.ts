// The insights dashboard's figures for a vintage: worked out in memory from the published initiatives
// every public view shares (lib/insights/vintageInsights.ts), once per data version.
import type { Vintage } from '#lib/domain/authority.ts';
import type { Insights } from '#lib/insights/coverage.ts';
import type { InsightsScope } from '#lib/insights/insightsScope.ts';
import { vintageInsights } from '#lib/insights/vintageInsights.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { sharedProgrammes } from '#lib/server/programmes.ts';
import { readRegister } from '#lib/server/register.ts';
import { sharedRelations } from '#lib/server/relations.ts';

/** Every group's figures on the vintage, and a function picking one scope's insights from them. */
export function readInsights(locals: Pick<App.Locals, 'pb' | 'memo'>, vintage: Vintage): Promise<(scope: InsightsScope) => Insights> {
	return locals.memo(`insights:${vintage}`, async () => {
		const [initiatives, relations, register, categories, programmes] = await Promise.all([
			sharedPublishedInitiatives(locals),
			sharedRelations(locals),
			readRegister(),
			sharedCategories(locals),
			sharedProgrammes(locals)
		]);
		return vintageInsights({ initiatives, relations, register, categories, programmes }, vintage);
	});
}
