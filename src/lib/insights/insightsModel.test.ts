import { describe, expect, it } from 'vitest';
import type { CategoryCoverage, CoverageRow, Insights } from './coverage.ts';
import { coverageShare, insightsModel } from './insightsModel.ts';

const none = { savings: [] };
function row(region: string, tier: CoverageRow['tier'], councils: number, involved: number): CoverageRow {
	const regionName = region === '' ? 'England' : region === 'E12000009' ? 'South West' : 'London';
	return { vintage: '2024', region, regionName, tier, councils, involved, arrangements: involved, ...none };
}
function category(slug: string, arrangements: number, savings: Partial<CategoryCoverage> = {}): CategoryCoverage {
	return { slug, name: slug.replace('_', ' '), arrangements, involved: arrangements * 2, ...none, ...savings };
}

const insights: Insights = {
	coverage: [
		{ ...row('', '', 60, 30), arrangements: 27 },
		row('', 'single', 40, 10),
		row('', 'lower', 20, 20),
		row('E12000009', '', 30, 25),
		row('E12000009', 'lower', 20, 20),
		row('E12000009', 'single', 10, 5),
		row('E12000007', '', 30, 5),
		row('E12000007', 'single', 30, 5)
	],
	categories: [
		category('legal', 3, { savings: [{ kind: 'achieved', period: 'annual', amount: 100, count: 1, own: 0 }] }),
		category('ict', 5, {
			savings: [
				{ kind: 'achieved', period: 'annual', amount: 50, count: 1, own: 0 },
				{ kind: 'target', period: 'cumulative', amount: 900, count: 2, own: 0 }
			]
		}),
		category('planning', 0)
	],
	years: [
		{ year: 2012, arrangements: 2, ...none },
		{ year: 2008, arrangements: 1, ...none },
		// Savings of a council's own initiative, and no shared arrangement that year.
		{ year: 2015, arrangements: 0, savings: [{ kind: 'achieved', period: 'annual', amount: 10, count: 1, own: 0 }] }
	],
	programmes: [
		{ slug: 'cap', name: 'Capital and asset pathfinders', initiatives: 2, involved: 2, councils: 60 },
		{ slug: 'shared', name: 'Shared services', initiatives: 10, involved: 30, councils: 60 },
		{ slug: 'future', name: 'Future council', initiatives: 0, involved: 0, councils: 60 }
	]
};

describe('insightsModel', () => {
	it('lists each region at the chosen tier in ONS order, with England at that tier', () => {
		const model = insightsModel(insights, { vintage: '2024', region: null, tier: 'single' });
		expect(model.regions.map((r) => [r.region, r.councils])).toEqual([
			['E12000007', 30],
			['E12000009', 10]
		]);
		expect(model.england?.councils).toBe(40);
		expect(model.regionShares).toEqual([
			{ key: 'E12000007', label: 'London', value: 5 / 30 },
			{ key: 'E12000009', label: 'South West', value: 0.5 }
		]);
	});

	it('lists the tiers of the chosen region in a fixed order, with the region across tiers', () => {
		const model = insightsModel(insights, { vintage: '2024', region: 'E12000009', tier: null });
		expect(model.tiers.map((r) => r.tier)).toEqual(['lower', 'single']);
		expect(model.allTiers?.councils).toBe(30);
		expect(model.group).toBe(model.allTiers);
		expect(model.tierShares.map((d) => d.label)).toEqual(['district councils', 'single-tier councils']);
	});

	it('takes England’s figures from its own row: an arrangement spanning regions counts once', () => {
		const model = insightsModel(insights, { vintage: '2024', region: null, tier: null });
		expect(model.group?.arrangements).toBe(27);
		expect(model.regions.reduce((sum, r) => sum + r.arrangements, 0)).toBe(30);
	});

	it('orders categories by arrangements and charts the years with shared arrangements, by year', () => {
		const model = insightsModel(insights, { vintage: '2024', region: null, tier: null });
		expect(model.categoryCounts.map((d) => d.key)).toEqual(['ict', 'legal', 'planning']);
		expect(model.yearCounts.map((d) => d.label)).toEqual(['2008', '2012']);
	});

	it('gives each kind and period its own series, each only where reported', () => {
		const model = insightsModel(insights, { vintage: '2024', region: null, tier: null });
		expect(model.savingsByCategory).toEqual([
			{
				measure: { kind: 'achieved', period: 'annual' },
				data: [
					{ key: 'legal', label: 'legal', value: 100 },
					{ key: 'ict', label: 'ict', value: 50 }
				]
			},
			{ measure: { kind: 'target', period: 'cumulative' }, data: [{ key: 'ict', label: 'ict', value: 900 }] }
		]);
	});

	it('charts programmes with initiatives by share of councils and names the rest', () => {
		const model = insightsModel(insights, { vintage: '2024', region: null, tier: null });
		expect(model.programmeShares.map((d) => [d.key, d.value])).toEqual([
			['shared', 0.5],
			['cap', 2 / 60]
		]);
		expect(model.quietProgrammes).toEqual(['Future council']);
	});
});

describe('coverageShare', () => {
	it('is involved over councils, and 0 for an empty group', () => {
		expect(coverageShare({ councils: 4, involved: 1 })).toBe(0.25);
		expect(coverageShare({ councils: 0, involved: 0 })).toBe(0);
	});
});
