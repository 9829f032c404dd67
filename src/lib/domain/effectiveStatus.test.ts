import { describe, expect, it } from 'vitest';
import { effectiveEndYear, effectiveStatus, formatPartialDate, statusText } from './effectiveStatus.ts';
import type { Status } from './initiative.ts';

const member = (abolished: string | null) => ({ code: 'E0', name: 'x', role: 'partner' as const, abolished });

describe('effectiveStatus', () => {
	const cases: { name: string; status: Status; asOf: string; abolished: (string | null)[]; expected: ReturnType<typeof effectiveStatus> }[] = [
		{
			name: 'keeps a live status while any council exists',
			status: 'operational',
			asOf: '2012-06',
			abolished: ['2019-04-01', null],
			expected: { status: 'operational', asOf: '2012-06', endedByAbolition: null }
		},
		{
			name: 'ends an operational arrangement when the last of its councils was abolished',
			status: 'operational',
			asOf: '2012-06-18',
			abolished: ['2019-04-01', '2023-04-01'],
			expected: { status: 'ended', asOf: '2023-04-01', endedByAbolition: '2023-04-01' }
		},
		{
			name: 'ends a planned arrangement whose councils were all abolished',
			status: 'planned',
			asOf: '',
			abolished: ['2019-04-01', '2019-04-01'],
			expected: { status: 'ended', asOf: '2019-04-01', endedByAbolition: '2019-04-01' }
		},
		{
			name: 'ends an unknown one too',
			status: 'unknown',
			asOf: '',
			abolished: ['2009-04-01'],
			expected: { status: 'ended', asOf: '2009-04-01', endedByAbolition: '2009-04-01' }
		},
		{
			name: 'keeps ended as recorded, with its own date',
			status: 'ended',
			asOf: '2017-03',
			abolished: ['2019-04-01'],
			expected: { status: 'ended', asOf: '2017-03', endedByAbolition: null }
		},
		{
			name: 'keeps merged as recorded',
			status: 'merged',
			asOf: '',
			abolished: ['2019-04-01'],
			expected: { status: 'merged', asOf: null, endedByAbolition: null }
		},
		{
			name: 'keeps the status when the evidence postdates the abolition (it carried on)',
			status: 'operational',
			asOf: '2020-05-01',
			abolished: ['2019-04-01'],
			expected: { status: 'operational', asOf: '2020-05-01', endedByAbolition: null }
		},
		{
			name: 'reads a year-only as-of date as its first day',
			status: 'operational',
			asOf: '2019',
			abolished: ['2019-04-01'],
			expected: { status: 'ended', asOf: '2019-04-01', endedByAbolition: '2019-04-01' }
		},
		{
			name: 'has no as-of date when none is recorded',
			status: 'operational',
			asOf: '',
			abolished: [null],
			expected: { status: 'operational', asOf: null, endedByAbolition: null }
		},
		{
			name: 'does not end an initiative naming no councils',
			status: 'operational',
			asOf: '',
			abolished: [],
			expected: { status: 'operational', asOf: null, endedByAbolition: null }
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(effectiveStatus({ status: c.status, statusAsOf: c.asOf, participations: c.abolished.map(member) })).toEqual(c.expected);
		});
	}
});

describe('effectiveEndYear', () => {
	it('is the recorded end year when there is one', () => {
		expect(effectiveEndYear({ status: 'operational', statusAsOf: '', endYear: 2018, participations: [member('2019-04-01')] })).toBe(2018);
	});
	it('is the abolition year when that ended it', () => {
		expect(effectiveEndYear({ status: 'operational', statusAsOf: '', endYear: null, participations: [member('2019-04-01')] })).toBe(2019);
	});
	it('is null while it runs', () => {
		expect(effectiveEndYear({ status: 'operational', statusAsOf: '', endYear: null, participations: [member(null)] })).toBeNull();
	});
});

describe('statusText', () => {
	it.each([
		[{ status: 'operational', asOf: '2012-06-18', endedByAbolition: null }, 'operational as of 18 June 2012'],
		[{ status: 'planned', asOf: '2018-02', endedByAbolition: null }, 'planned as of February 2018'],
		[{ status: 'unknown', asOf: null, endedByAbolition: null }, 'unknown (no date for this status)'],
		[{ status: 'ended', asOf: '2019-04-01', endedByAbolition: '2019-04-01' }, 'ended 1 April 2019, when its councils were abolished']
	] as const)('words %o as “%s”', (effective, text) => {
		expect(statusText(effective)).toBe(text);
	});
	it('formats partial dates as people write them', () => {
		expect([formatPartialDate('2012'), formatPartialDate('2012-06'), formatPartialDate('2012-06-08')]).toEqual(['2012', 'June 2012', '8 June 2012']);
	});
});
