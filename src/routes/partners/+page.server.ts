// The partner finder (?authority=<code or name>&category=<slug>): ranked, explained suggestions for one
// council and service. Bad or unknown settings fall back with a notice; the page never fails on them.
import { currentVintage } from '#lib/domain/authority.ts';
import type { PageServerLoad } from './$types';
import { findPartners } from './_finder/findPartners.server.ts';

/** How many suggestions the page shows; the CSV download has every council. */
const shown = 25;

export const load: PageServerLoad = async ({ locals, url }) => {
	const found = await findPartners(locals, url.searchParams);
	const brief = ({ code, name, kind, regionName }: (typeof found.register)[number]) => ({ code, name, kind, regionName });
	const current = found.register.filter((a) => a.vintages.includes(currentVintage) && a.validTo === null);
	return {
		notices: found.query.notices,
		target: found.target ? brief(found.target) : null,
		category: found.category,
		categories: found.categories,
		choices: found.query.choices.map((code) => brief(found.register.find((a) => a.code === code)!)),
		suggestions: found.suggestions.slice(0, shown).map((s) => ({ ...s, authority: brief(s.authority) })),
		candidates: found.suggestions.length,
		authorities: current.map(brief).sort((a, b) => a.name.localeCompare(b.name))
	};
};
