// The one hand-made authority register every unit and integration test uses: a few councils chosen for
// the resolver's hard cases (abolished, renamed, recoded, same-name county and unitary, "City of" names),
// the Tri-borough, Somerset's 2019 and 2023 reorganisations and two-tier counties, with the fields the pure
// modules read. Also the builders for initiatives and savings figures made from it.
import type { Authority } from '#lib/domain/authority.ts';
import type { Initiative } from '#lib/domain/initiative.ts';
import type { SavingsFigure } from '#lib/domain/savings/savingsFigure.ts';

/** An authority with the register's defaults: a single-tier council in both vintages, tier from its kind. */
export function authority(fields: Partial<Authority> & Pick<Authority, 'code' | 'name' | 'kind'>): Authority {
	const tier = fields.kind === 'county' ? 'upper' : fields.kind === 'non-metropolitan district' ? 'lower' : 'single';
	return {
		aliases: [],
		tier,
		region: 'E12000009',
		regionName: 'South West',
		parent: null,
		validFrom: null,
		validTo: null,
		predecessors: [],
		successors: [],
		vintages: ['2012', '2024'],
		neighbours: {},
		centroid: [-3, 51],
		bbox: [-3.5, 50.5, -2.5, 51.5],
		population: [],
		...fields
	};
}

const southEast = { region: 'E12000008', regionName: 'South East' };
const london = { region: 'E12000007', regionName: 'London', bbox: [-0.2, 51.4, 0, 51.6] as Authority['bbox'] };
const northEast = { region: 'E12000001', regionName: 'North East' };
const somersetDistrict = { kind: 'non-metropolitan district', parent: 'E10000027' } as const;

export const authorities: Authority[] = [
	authority({
		code: 'E09000033',
		name: 'Westminster',
		kind: 'london borough',
		...london,
		centroid: [-0.15, 51.51],
		population: [
			{ year: 2012, value: 200_000 },
			{ year: 2024, value: 210_000 }
		]
	}),
	authority({
		code: 'E09000020',
		name: 'Kensington and Chelsea',
		kind: 'london borough',
		...london,
		centroid: [-0.19, 51.5],
		population: [{ year: 2012, value: 100_000 }]
	}),
	authority({ code: 'E09000013', name: 'Hammersmith and Fulham', kind: 'london borough', ...london, centroid: [-0.22, 51.49] }),
	authority({
		code: 'E07000190',
		name: 'Taunton Deane',
		...somersetDistrict,
		validTo: '2019-04-01',
		successors: ['E07000246'],
		vintages: ['2012'],
		centroid: [-3.1, 51.0],
		population: [{ year: 2012, value: 111000 }]
	}),
	authority({ code: 'E07000191', name: 'West Somerset', ...somersetDistrict, validTo: '2019-04-01', successors: ['E07000246'], vintages: ['2012'] }),
	authority({
		code: 'E07000246',
		name: 'Somerset West and Taunton',
		...somersetDistrict,
		validFrom: '2019-04-01',
		validTo: '2023-04-01',
		predecessors: ['E07000190', 'E07000191'],
		successors: ['E06000066'],
		vintages: []
	}),
	authority({
		code: 'E07000187',
		name: 'Mendip',
		...somersetDistrict,
		validTo: '2023-04-01',
		successors: ['E06000066'],
		vintages: ['2012'],
		centroid: [-2.6, 51.2]
	}),
	authority({
		code: 'E10000027',
		name: 'Somerset',
		kind: 'county',
		validTo: '2023-04-01',
		successors: ['E06000066'],
		vintages: ['2012'],
		centroid: [-3.0, 51.1]
	}),
	authority({
		code: 'E06000066',
		name: 'Somerset',
		kind: 'unitary',
		validFrom: '2023-04-01',
		predecessors: ['E07000246', 'E07000187', 'E10000027'],
		vintages: ['2024'],
		centroid: [-3.0, 51.1],
		population: [{ year: 2024, value: 580_000 }]
	}),
	authority({ code: 'E06000023', name: 'Bristol, City of', kind: 'unitary', aliases: ['Bristol City Council'], centroid: [-2.6, 51.45] }),
	authority({ code: 'E10000016', name: 'Kent', kind: 'county', ...southEast, centroid: [0.7, 51.2] }),
	authority({ code: 'E07000105', name: 'Ashford', kind: 'non-metropolitan district', parent: 'E10000016', ...southEast, centroid: [0.85, 51.15] }),
	authority({
		code: 'E07000112',
		name: 'Folkestone and Hythe',
		kind: 'non-metropolitan district',
		parent: 'E10000016',
		aliases: ['Shepway'],
		...southEast,
		centroid: [1.0, 51.1]
	}),
	authority({
		code: 'E07000146',
		name: "King's Lynn and West Norfolk",
		kind: 'non-metropolitan district',
		parent: 'E10000020',
		region: 'E12000006',
		regionName: 'East of England',
		centroid: [0.5, 52.7]
	}),
	authority({
		code: 'E08000013',
		name: 'St. Helens',
		kind: 'metropolitan district',
		region: 'E12000002',
		regionName: 'North West',
		centroid: [-2.7, 53.45]
	}),
	authority({
		code: 'E08000020',
		name: 'Gateshead',
		kind: 'metropolitan district',
		validTo: '2020-04-01',
		successors: ['E08000037'],
		vintages: ['2012'],
		...northEast,
		centroid: [-1.7, 54.95]
	}),
	authority({
		code: 'E08000037',
		name: 'Gateshead',
		kind: 'metropolitan district',
		validFrom: '2020-04-01',
		predecessors: ['E08000020'],
		vintages: ['2024'],
		...northEast,
		centroid: [-1.7, 54.95]
	}),
	authority({ code: 'E06000047', name: 'County Durham', kind: 'unitary', ...northEast, centroid: [-1.8, 54.7] }),
	authority({
		code: 'E06000010',
		name: 'Kingston upon Hull, City of',
		kind: 'unitary',
		region: 'E12000003',
		regionName: 'Yorkshire and The Humber',
		centroid: [-0.35, 53.75]
	}),
	authority({ code: 'E09000001', name: 'City of London', kind: 'city of london', ...london, centroid: [-0.09, 51.51] })
];

/** The same register by code, as the pure modules take it. */
export const register = new Map(authorities.map((a) => [a.code, a]));

export const aliases = [{ alias: 'Hull', code: 'E06000010', note: 'common short name' }];

export function initiative(slug: string, codes: string[], extra: Partial<Initiative> = {}): Initiative {
	return {
		slug,
		name: slug,
		programme: 'shared_services',
		category: 'management_team',
		status: 'operational',
		statusAsOf: '',
		lgaMapListed: false,
		startYear: 2011,
		endYear: null,
		description: '',
		savings: [],
		sources: [],
		participations: codes.map((code) => ({
			code,
			name: register.get(code)?.name ?? code,
			role: 'partner' as const,
			abolished: register.get(code)?.validTo ?? null
		})),
		lifecycle: 'published',
		updated: '2025-01-01',
		...extra
	};
}

/** A savings figure for fixtures: whole arrangement, no years, unless `extra` says otherwise. */
export function figure(
	amount: number,
	kind: SavingsFigure['kind'],
	period: SavingsFigure['period'],
	extra: Partial<SavingsFigure> = {}
): SavingsFigure {
	return {
		amount,
		kind,
		period,
		fromYear: null,
		toYear: null,
		scope: '',
		reported: '2019',
		source: 'https://example.org/report',
		basis: `${kind} ${period}`,
		...extra
	};
}
