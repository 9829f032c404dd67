// The insights dashboard's figures for one boundary vintage, from the published initiatives themselves:
// the rule the coverage view collections (pb_migrations/*_coverage_*) follow in SQL, written once in
// TypeScript with the domain's own placing (placeInitiatives), counting once (countedInitiatives) and
// savings totals (arrangementTotals). The app computes the dashboard with it, in memory, once per data
// version; the views stay for the REST API, and tests/integration/insights.test.ts holds them to this.
import type { Authority, Tier, Vintage } from '../domain/authority.ts';
import type { Category, Initiative, Programme } from '../domain/initiative.ts';
import { placeInitiatives } from '../domain/placeInitiatives.ts';
import { countedInitiatives, type Relation } from '../domain/relations.ts';
import { arrangementTotals } from '../domain/savings/savingsTotals.ts';
import type { CoverageRow, Insights } from './coverage.ts';
import type { InsightsScope } from './insightsScope.ts';

export interface InsightsSources {
	/** Published initiatives only: the public figures count nothing else. */
	initiatives: readonly Initiative[];
	relations: readonly Relation[];
	register: readonly Authority[];
	categories: readonly Pick<Category, 'slug' | 'name'>[];
	programmes: readonly Pick<Programme, 'slug' | 'name'>[];
}

interface Placed {
	initiative: Initiative;
	/** The codes the initiative touches on the vintage. */
	codes: string[];
	/** Shared: named by two or more authorities, as recorded (not as placed). */
	shared: boolean;
}

/** One group's members: the initiatives touching it, with the codes they touch inside it. */
interface Members {
	councils: number;
	touching: { placed: Placed; reach: string[] }[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every group's coverage row on the vintage, and a function giving one scope's insights (its breakdowns are
 * worked out on first demand and kept, since the dashboard asks for few of the possible scopes).
 */
export function vintageInsights(sources: InsightsSources, vintage: Vintage): (scope: InsightsScope) => Insights {
	const slugs = new Set(sources.initiatives.map((i) => i.slug));
	// Only links between the initiatives counted are public, so only those make one stand for another.
	const relations = sources.relations.filter((r) => slugs.has(r.from) && slugs.has(r.to));
	const register = new Map(sources.register.map((a) => [a.code, a]));
	const drawn = sources.register.filter((a) => a.vintages.includes(vintage));
	const placed: Placed[] = placeInitiatives(sources.initiatives, register, vintage).map((p) => ({
		initiative: p.initiative,
		codes: p.codes,
		shared: p.initiative.participations.length >= 2
	}));

	const members = (region: string, tier: Tier | ''): Members => {
		const inGroup = new Set(drawn.filter((a) => (region === '' || a.region === region) && (tier === '' || a.tier === tier)).map((a) => a.code));
		const touching = placed.map((p) => ({ placed: p, reach: p.codes.filter((code) => inGroup.has(code)) })).filter((m) => m.reach.length > 0);
		return { councils: inGroup.size, touching };
	};
	type Touching = Members['touching'];
	const shared = (rows: Touching) => rows.filter((m) => m.placed.shared);
	const arrangements = (rows: Touching) =>
		countedInitiatives(
			shared(rows).map((m) => m.placed.initiative),
			relations
		).length;
	const involved = (rows: Touching) => new Set(rows.flatMap((m) => m.reach)).size;
	const savings = (rows: Touching) =>
		arrangementTotals(
			rows.map((m) => m.placed.initiative),
			relations
		);

	const regionNames = new Map(drawn.map((a) => [a.region, a.regionName]));
	const groups: { region: string; tier: Tier | '' }[] = [];
	for (const region of ['', ...regionNames.keys()])
		for (const tier of ['', ...new Set(drawn.filter((a) => region === '' || a.region === region).map((a) => a.tier))] as (Tier | '')[])
			groups.push({ region, tier });
	groups.sort((a, b) => byText(a.region, b.region) || byText(a.tier, b.tier));

	const membersOf = new Map<string, Members>();
	const groupKey = (region: string, tier: string) => `${region}/${tier}`;
	const coverage: CoverageRow[] = groups.map(({ region, tier }) => {
		const group = members(region, tier);
		membersOf.set(groupKey(region, tier), group);
		return {
			vintage,
			region,
			regionName: region === '' ? 'England' : (regionNames.get(region) ?? region),
			tier,
			councils: group.councils,
			involved: involved(shared(group.touching)),
			arrangements: arrangements(group.touching),
			savings: savings(group.touching)
		};
	});

	const categories = [...sources.categories].sort((a, b) => byText(a.slug, b.slug));
	const programmes = [...sources.programmes].sort((a, b) => byText(a.slug, b.slug));
	const breakdowns = new Map<string, Omit<Insights, 'coverage'>>();
	const breakdown = (region: string, tier: Tier | ''): Omit<Insights, 'coverage'> => {
		const group = membersOf.get(groupKey(region, tier));
		if (!group) return { categories: [], years: [], programmes: [] };
		const { touching } = group;
		const years = [...new Set(touching.map((m) => m.placed.initiative.startYear ?? 0).filter((year) => year > 0))].sort((a, b) => a - b);
		return {
			categories: categories.map(({ slug, name }) => {
				const rows = touching.filter((m) => m.placed.initiative.category === slug);
				return { slug, name, arrangements: arrangements(rows), involved: involved(shared(rows)), savings: savings(rows) };
			}),
			years: years.map((year) => {
				const rows = touching.filter((m) => m.placed.initiative.startYear === year);
				return { year, arrangements: arrangements(rows), savings: savings(rows) };
			}),
			programmes: programmes.map(({ slug, name }) => {
				const rows = touching.filter((m) => m.placed.initiative.programme === slug);
				return { slug, name, initiatives: rows.length, involved: involved(rows), councils: group.councils };
			})
		};
	};

	return (scope) => {
		const key = groupKey(scope.region ?? '', scope.tier ?? '');
		let found = breakdowns.get(key);
		if (!found) breakdowns.set(key, (found = breakdown(scope.region ?? '', scope.tier ?? '')));
		return { coverage, ...found };
	};
}
