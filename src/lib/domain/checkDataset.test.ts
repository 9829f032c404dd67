import { describe, expect, it } from 'vitest';
import { authorities } from '../../../tests/support/register.ts';
import { checkDataset, coverage, unspecificSource, type Dataset, type Row } from './checkDataset.ts';
import { createResolver } from './resolveAuthority.ts';

const resolver = createResolver(authorities);

function row(fields: Row): Row {
	return {
		id: 'x',
		name: 'An arrangement',
		programme: '',
		service_category: 'legal',
		status: 'operational',
		start_year: '2012',
		end_year: '',
		councils: 'Kent County Council; Ashford',
		source_url: 'https://www.ashford.gov.uk/news/shared-legal-2012',
		source_date: '2012-05-01',
		...fields
	};
}

const dataset = (initiatives: Row[], savings: Row[] = [], relations: Row[] = []): Dataset => ({ initiatives, savings, relations });
const rules = (data: Dataset) => checkDataset(data, authorities, resolver).map((finding) => `${finding.where}: ${finding.rule}`);

describe('checkDataset', () => {
	it.each([
		['a well-sourced row passes', dataset([row({})]), []],
		['a bare homepage fails', dataset([row({ source_url: 'https://www.lgss.co.uk/' })]), ['x: source']],
		[
			'a homepage among several sources fails',
			dataset([row({ source_url: 'https://a.gov.uk/news/1 ; https://b.gov.uk/index.html' })]),
			['x: source']
		],
		['a placeholder page fails', dataset([row({ source_url: 'https://www.example.com/placeholder' })]), ['x: source']],
		['a mirror as the main source fails unless marked', dataset([row({ source_url: 'https://docslib.org/doc/1/agenda' })]), ['x: source']],
		['a mirror marked as such passes', dataset([row({ source_url: 'https://docslib.org/doc/1/agenda', source_is_mirror: 'yes' })]), []],
		['a mirror as a further source passes', dataset([row({ source_url: 'https://a.gov.uk/news/1 ; https://docslib.org/doc/1' })]), []],
		['a missing source date fails', dataset([row({ source_date: '' })]), ['x: source date']],
		['a malformed source date fails', dataset([row({ source_date: '12/05/2012' })]), ['x: source date']],
		['an unknown council fails', dataset([row({ councils: 'Kent County Council; Atlantis' })]), ['x: council']],
		[
			'operational as of a date after every council was abolished fails',
			dataset([row({ councils: 'Taunton Deane; Mendip', status_as_of: '2024-01-01' })]),
			['x: status']
		],
		[
			'operational as of a date before the councils were abolished passes (views end it then)',
			dataset([row({ councils: 'Taunton Deane; Mendip', status_as_of: '2015-06' })]),
			[]
		],
		[
			'without an as-of date the source date is the evidence',
			dataset([row({ councils: 'Taunton Deane; Mendip', source_date: '2023-05-01' })]),
			['x: status']
		],
		['ended with every council abolished passes', dataset([row({ councils: 'Taunton Deane; Mendip', status: 'ended', end_year: '2019' })]), []],
		[
			'operational with every council abolished passes when a successor arrangement is named',
			dataset(
				[row({ councils: 'Taunton Deane; Mendip', status_as_of: '2024' }), row({ id: 'y', councils: 'Somerset', start_year: '2023' })],
				[],
				[{ from_id: 'x', relation: 'succeeded_by', to_id: 'y' }]
			),
			[]
		],
		['one live council among abolished ones passes', dataset([row({ councils: 'Taunton Deane; Bristol, City of' })]), []],
		['the same councils and service over overlapping years fail', dataset([row({}), row({ id: 'y', start_year: '2014' })]), ['x: duplicate']],
		[
			'the same councils and service with a relation pass',
			dataset([row({}), row({ id: 'y' })], [], [{ from_id: 'y', relation: 'part_of', to_id: 'x' }]),
			[]
		],
		[
			'the same councils and service judged separate arrangements pass',
			{ ...dataset([row({}), row({ id: 'y' })]), separate: [{ a_id: 'x', b_id: 'y', note: 'a joint plan and a joint committee' }] },
			[]
		],
		[
			'a separate pair without a reason fails',
			{ ...dataset([row({}), row({ id: 'y' })]), separate: [{ a_id: 'x', b_id: 'y', note: '' }] },
			['separate_pairs.csv line 2: relation']
		],
		['the same councils in years that do not overlap pass', dataset([row({ end_year: '2013' }), row({ id: 'y', start_year: '2015' })]), []],
		[
			'the same council in two programmes passes',
			dataset([row({ programme: 'capital_asset_pathfinder' }), row({ id: 'y', programme: 'one_public_estate' })]),
			[]
		],
		[
			'a savings figure with kind and period passes',
			dataset([row({})], [{ initiative_id: 'x', amount_gbp: '700000', kind: 'achieved', period: 'annual' }]),
			[]
		],
		[
			'a savings figure without kind or period fails',
			dataset([row({})], [{ initiative_id: 'x', amount_gbp: '700000', kind: '', period: '' }]),
			['savings.csv line 2 (x): savings', 'savings.csv line 2 (x): savings']
		],
		[
			'a savings figure for an unknown initiative fails',
			dataset([row({})], [{ initiative_id: 'nope', amount_gbp: '1', kind: 'target', period: 'annual' }]),
			['savings.csv line 2 (nope): savings']
		],
		[
			'a relation to an unknown initiative fails',
			dataset([row({})], [], [{ from_id: 'x', relation: 'part_of', to_id: 'nope' }]),
			['relations.csv line 2: relation']
		]
	])('%s', (_, data, expected) => {
		expect(rules(data)).toEqual(expected);
	});
});

describe('unspecificSource', () => {
	it.each([
		['https://www.lgss.co.uk/', true],
		['https://www.lgss.co.uk', true],
		['https://archive.org/', true],
		['https://www.kent.gov.uk/home.aspx', true],
		['https://www.kent.gov.uk/news/shared-service', false],
		['https://www.kent.gov.uk/?p=123', false],
		['not a url', true]
	])('%s is unspecific: %s', (url, unspecific) => {
		expect(unspecificSource(url) !== null).toBe(unspecific);
	});
});

describe('coverage', () => {
	it('counts initiatives and distinct councils per programme and per region', () => {
		const result = coverage(
			dataset([row({}), row({ id: 'y', programme: 'one_public_estate', councils: 'Kent County Council; Bristol, City of' })]),
			authorities,
			resolver
		);
		expect(result.programmes).toEqual([
			{ key: '(no programme: shared service)', initiatives: 1, authorities: 2 },
			{ key: 'one_public_estate', initiatives: 1, authorities: 2 }
		]);
		expect(result.regions).toEqual([
			{ key: 'South East', initiatives: 2, authorities: 2 },
			{ key: 'South West', initiatives: 1, authorities: 1 }
		]);
	});
});
