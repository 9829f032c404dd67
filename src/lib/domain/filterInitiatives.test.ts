import { describe, expect, it } from 'vitest';
import { register as authorities } from '../../../tests/support/register.ts';
import { emptyFilters, type Filters } from './filters.ts';
import { filterInitiatives } from './filterInitiatives.ts';
import type { Initiative } from './initiative.ts';
import { placeInitiatives } from './placeInitiatives.ts';

function initiative(slug: string, codes: string[], fields: Partial<Initiative> = {}): Initiative {
	return {
		slug,
		name: slug,
		programme: 'shared_services',
		category: 'legal',
		status: 'operational',
		statusAsOf: '',
		lgaMapListed: false,
		startYear: 2012,
		endYear: null,
		description: '',
		savings: [],
		sources: [],
		lifecycle: 'published',
		updated: '',
		participations: codes.map((code) => ({ code, name: code, role: 'partner' as const, abolished: null })),
		...fields
	};
}

const all = [
	initiative('london', ['E09000033', 'E09000020']),
	initiative('kent', ['E10000016', 'E07000105'], { programme: 'one_public_estate', category: 'property_assets', startYear: 2014 }),
	initiative('taunton', ['E07000190'], { status: 'ended', startYear: null }),
	initiative('gateshead', ['E08000020', 'E06000047'], { startYear: 2009, status: 'planned' })
];

const slugs = (filters: Partial<Filters>, vintage: '2012' | '2024' = '2012') =>
	filterInitiatives(placeInitiatives(all, authorities, vintage), { ...emptyFilters, ...filters }, authorities).map((p) => p.initiative.slug);

describe('filterInitiatives', () => {
	it('keeps everything with empty filters', () => {
		expect(slugs({})).toEqual(['london', 'kent', 'taunton', 'gateshead']);
	});

	it('matches any of the values within a facet and all facets together', () => {
		expect(slugs({ statuses: ['ended', 'planned'] })).toEqual(['taunton', 'gateshead']);
		expect(slugs({ programmes: ['shared_services'], statuses: ['operational'] })).toEqual(['london']);
		expect(slugs({ categories: ['property_assets'] })).toEqual(['kent']);
	});

	it('matches a region or tier when any authority of the initiative does', () => {
		expect(slugs({ regions: ['E12000001'] })).toEqual(['gateshead']);
		expect(slugs({ tiers: ['upper'] })).toEqual(['kent']);
		expect(slugs({ tiers: ['lower'] })).toEqual(['kent', 'taunton']);
	});

	it('checks region and tier on the authorities drawn on the vintage', () => {
		// Taunton Deane (lower tier) is Somerset, a unitary, on the 2024 map.
		expect(slugs({ tiers: ['lower'] }, '2024')).toEqual(['kent']);
		expect(slugs({ tiers: ['single'] }, '2024')).toContain('taunton');
	});

	it('keeps start years inside an inclusive range and drops unknown years when a bound is set', () => {
		expect(slugs({ yearFrom: 2012 })).toEqual(['london', 'kent']);
		expect(slugs({ yearTo: 2012 })).toEqual(['london', 'gateshead']);
		expect(slugs({ yearFrom: 2012, yearTo: 2012 })).toEqual(['london']);
	});

	it('finds initiatives in no programme under programme none', () => {
		const plain = initiative('plain', ['E09000033', 'E09000020'], { programme: '' });
		const placed = placeInitiatives([...all, plain], authorities, '2012');
		expect(filterInitiatives(placed, { ...emptyFilters, programmes: ['none'] }, authorities).map((p) => p.initiative.slug)).toEqual(['plain']);
	});

	it('filters on the status views show: an operational arrangement whose councils were all abolished is ended', () => {
		const gone = initiative('gone', ['E07000190'], {
			participations: [{ code: 'E07000190', name: 'Taunton Deane', role: 'partner', abolished: '2019-04-01' }]
		});
		const placed = placeInitiatives([gone], authorities, '2012');
		const by = (statuses: Filters['statuses']) => filterInitiatives(placed, { ...emptyFilters, statuses }, authorities).map((p) => p.initiative.slug);
		expect([by(['operational']), by(['ended'])]).toEqual([[], ['gone']]);
	});
});
