// One dataset (the seed's typed figures in a real PocketBase), and every place that reports savings asked
// about the same council and filters: the map's colour and panel, the headline, the council page (its
// authority_stats row and its table's totals), compare, the CSV, JSON and GeoJSON exports, and the
// programme and insights aggregates. Each must give the same figures, per kind and period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Authority } from '#lib/domain/authority.ts';
import { compareAuthorities } from '#lib/compare/compareAuthorities.ts';
import { initiativesGeoJson, initiativesJson } from '#lib/domain/exportInitiatives.ts';
import { explorerModel } from '#lib/domain/explorerModel.ts';
import { defaultState, emptyFilters, type Filters } from '#lib/domain/filters.ts';
import type { Initiative } from '#lib/domain/initiative.ts';
import { savingsMeasures } from '#lib/domain/savings/savingsFigure.ts';
import { arrangementTotals, authorityTotals, totalFor, type SavingsTotals } from '#lib/domain/savings/savingsTotals.ts';
import { readInsights } from '#lib/server/insights.ts';
import { listInitiativesNaming, listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listRelations } from '#lib/server/relations.ts';
import { countedInitiatives, type Relation } from '#lib/domain/relations.ts';
import { authorityStatsFor, programmeStats } from '#lib/server/stats.ts';
import { loadExport, type ExportData } from '#lib/server/loadExport.ts';
import { pennies } from '../support/savings.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let initiatives: Initiative[];
let relations: Relation[];
let register: Map<string, Authority>;
const code = (name: string) => [...register.values()].find((a) => a.name === name && a.vintages.includes('2012'))!.code;

beforeAll(async () => {
	pb = await startSeededPocketBase();
	initiatives = await listPublishedInitiatives(pb.anonymous());
	relations = await listRelations(pb.anonymous());
	register = new Map(pb.register.map((a) => [a.code, a]));
}, 120_000);
afterAll(() => pb?.stop());

/** Councils whose figures mix equal shares with their own (Cheltenham, Havant) and one with equal shares only. */
const councils = ['Cheltenham', 'Havant', 'Westminster'];
const filterCases: [string, Partial<Filters>, string][] = [
	['no filters', {}, ''],
	[
		'shared services in no programme, operational or ended, started from 2009',
		{ programmes: ['none'], statuses: ['operational', 'ended'], yearFrom: 2009 },
		'programme=none&status=operational,ended&from=2009'
	]
];

async function exportFor(query: string): Promise<ExportData> {
	const data = await loadExport(
		{ pb: pb.anonymous(), memo: (_key, compute) => compute() },
		new URL(`http://localhost/api/initiatives.json?${query}`)
	);
	if (data instanceof Response) throw new Error(await data.text());
	return data;
}

describe.each(councils)('savings for %s', (name) => {
	describe.each(filterCases)('with %s', (_, filters, query) => {
		it('are the same on the map, the panel, the headline, compare and the CSV, JSON and GeoJSON exports', async () => {
			const council = code(name);
			const model = explorerModel(
				initiatives,
				register,
				{ ...defaultState, filters: { ...emptyFilters, ...filters }, metric: 'savings', selected: council },
				relations
			);
			const panel = pennies(model.figures.get(council)!.savings);
			expect(panel.length, 'the council reports some savings').toBeGreaterThan(0);

			// The map colours each kind and period by the panel's figure for it, and by nothing else.
			for (const measure of savingsMeasures) {
				const coloured =
					explorerModel(
						initiatives,
						register,
						{ ...defaultState, filters: { ...emptyFilters, ...filters }, metric: 'savings', measure },
						relations
					).values.get(council) ?? null;
				expect(coloured === null ? null : Math.round(coloured * 100) / 100, `${measure.kind} ${measure.period}`).toBe(
					totalFor(panel, measure)?.amount ?? null
				);
			}

			const data = await exportFor(`${query}${query ? '&' : ''}authority=${council}`);
			const exported = data.placed.map((entry) => entry.initiative);
			const json = initiativesJson(exported, data);
			expect(pennies(json.selected!.savings)).toEqual(panel);
			expect(pennies(json.savingsTotals)).toEqual(pennies(model.totals.savings));
			const geo = initiativesGeoJson(data.placed, { ...data, authorities: new Map(data.authorities.map((a) => [a.code, a])) });
			expect(pennies(geo.selected!.savings)).toEqual(panel);
			expect(pennies(geo.savingsTotals)).toEqual(pennies(model.totals.savings));

			if (Object.keys(filters).length === 0) {
				const [column] = compareAuthorities([council], initiatives, register, relations).columns;
				expect(pennies(column.savings)).toEqual(panel);
			}
		});
	});

	it('are the same on the council page (authority_stats and its table) as in the panel without filters', async () => {
		const council = code(name);
		const panel = pennies(explorerModel(initiatives, register, { ...defaultState, selected: council }, relations).figures.get(council)!.savings);
		const stats = await authorityStatsFor(pb.anonymous(), council);
		expect(pennies(stats!.savings)).toEqual(panel);
		const page = await listInitiativesNaming(pb.anonymous(), [council], 100);
		const direct = page.initiatives.filter((i) => i.participations.some((p) => p.code === council));
		expect(pennies(authorityTotals(direct, council, relations))).toEqual(panel);
	});
});

describe('a council named by an initiative and by one that covers it', () => {
	it('is credited once, with its share of the covering one, on the map, its page and compare', async () => {
		const bySlug = new Map(initiatives.map((i) => [i.slug, i]));
		const named = (slug: string) => bySlug.get(slug)?.participations.map((p) => p.code) ?? [];
		// Councils with a share of a part's or predecessor's figures, named by what covers it too.
		const hasShare = (slug: string, code: string) => authorityTotals([bySlug.get(slug)!], code, []).length > 0;
		const cases = relations.flatMap((r) =>
			named(r.from)
				.filter((c) => named(r.to).includes(c) && register.get(c)?.vintages.includes('2012') && hasShare(r.from, c))
				.map((council) => ({ council, left: r.from }))
		);
		expect(cases.length, 'the seed has a council in a part or predecessor with figures and in what covers it').toBeGreaterThan(0);
		for (const { council, left } of cases) {
			const model = explorerModel(initiatives, register, { ...defaultState, selected: council }, relations);
			const panel = pennies(model.figures.get(council)!.savings);
			const naming = model.filtered.filter((e) => e.codes.includes(council)).map((e) => e.initiative);
			const counted = countedInitiatives(naming, relations);
			expect(counted.map((i) => i.slug)).not.toContain(left);
			expect(panel, `${council} without ${left}`).toEqual(pennies(authorityTotals(counted, council, [])));
			expect(panel, `${council} was credited ${left}’s figures too`).not.toEqual(pennies(authorityTotals(naming, council, [])));
			expect(pennies((await authorityStatsFor(pb.anonymous(), council))!.savings)).toEqual(panel);
			expect(pennies(compareAuthorities([council], initiatives, register, relations).columns[0].savings)).toEqual(panel);
		}
	});
});

describe('savings of a set of arrangements', () => {
	const sameTotals = (a: SavingsTotals, b: SavingsTotals) =>
		expect(pennies(a).map(({ own: _, ...t }) => t)).toEqual(pennies(b).map(({ own: _, ...t }) => t));

	it('are the same in the headline, the programme aggregate and the export for a programme', async () => {
		const model = explorerModel(
			initiatives,
			register,
			{ ...defaultState, filters: { ...emptyFilters, programmes: ['shared_services_research'] } },
			relations
		);
		const programme = (await programmeStats(pb.anonymous())).find((p) => p.slug === 'shared_services_research')!;
		expect(programme.savings.length, 'the programme reports some savings').toBeGreaterThan(0);
		sameTotals(programme.savings, model.totals.savings);
		const data = await exportFor('programme=shared_services_research');
		sameTotals(
			initiativesJson(
				data.placed.map((e) => e.initiative),
				data
			).savingsTotals,
			model.totals.savings
		);
	});

	// Insights ignore the map's programme, service, status and year filters; its region and tier choose the group.
	it.each(['2012', '2024'] as const)('are the same in the England-wide headline and insights on the %s map, per kind and period', async (vintage) => {
		const insights = (await readInsights({ pb: pb.anonymous(), memo: (_key, compute) => compute() }, vintage))({ vintage, region: null, tier: null });
		const england = insights.coverage.find((row) => row.region === '' && row.tier === '')!;
		const model = explorerModel(initiatives, register, { ...defaultState, vintage }, relations);
		expect(model.totals.countedWithOthers, 'the seed relates some initiatives on the map').toBeGreaterThan(0);
		sameTotals(england.savings, model.totals.savings);
	});

	it('are the same in insights for one region, or one tier, as on the map filtered to it', async () => {
		const { coverage } = (await readInsights({ pb: pb.anonymous(), memo: (_key, compute) => compute() }, '2012'))({
			vintage: '2012',
			region: null,
			tier: null
		});
		const groups = coverage.filter((row) => (row.region === '') !== (row.tier === ''));
		expect(groups.length).toBe(9 + 3);
		for (const row of groups) {
			const filters = { ...emptyFilters, regions: row.region ? [row.region] : [], tiers: row.tier ? [row.tier] : [] };
			const model = explorerModel(initiatives, register, { ...defaultState, filters }, relations);
			sameTotals(row.savings, model.totals.savings);
		}
	});

	it('count a part or predecessor once in the headline and the exports when its parent or successor is there too', async () => {
		const model = explorerModel(initiatives, register, defaultState, relations);
		const slugs = new Set(model.filtered.map((entry) => entry.initiative.slug));
		const covered = relations.filter((r) => slugs.has(r.from) && slugs.has(r.to));
		expect(covered.length, 'the seed relates some initiatives on the map').toBeGreaterThan(0);
		expect(model.totals.initiatives).toBe(model.filtered.length - new Set(covered.map((r) => r.from)).size);
		expect(model.totals.countedWithOthers).toBe(new Set(covered.map((r) => r.from)).size);
		const all = model.filtered.map((entry) => entry.initiative);
		const every = arrangementTotals(all, []);
		const achieved = (totals: SavingsTotals) => totalFor(totals, { kind: 'achieved', period: 'annual' });
		// A part's or predecessor's own figure is left out when what covers it is on the map too (West Dorset and
		// Weymouth's, for one: the Dorset partnership that succeeded it is there).
		const left = all.filter((initiative) => covered.some((r) => r.from === initiative.slug));
		expect(left.some((initiative) => initiative.slug === 'west-dorset-weymouth-shared-services')).toBe(true);
		expect(achieved(model.totals.savings)!.amount).toBe(achieved(every)!.amount - (achieved(arrangementTotals(left, []))?.amount ?? 0));
		const data = await exportFor('');
		expect(
			pennies(
				initiativesJson(
					data.placed.map((e) => e.initiative),
					data
				).savingsTotals
			)
		).toEqual(pennies(model.totals.savings));
	});
});
