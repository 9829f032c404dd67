import { describe, expect, it } from 'vitest';
import { parseCsv } from '../domain/parseCsv.ts';
import { authorities } from '../../../tests/support/register.ts';
import { partnersCsv, partnersCsvColumns } from './partnersCsv.ts';
import type { PartnerSuggestion } from './rankPartners.ts';

const [westminster, kensington, hammersmith] = authorities;
const suggestions: PartnerSuggestion[] = [
	{
		authority: kensington,
		score: 40,
		distanceKm: 3.04,
		reasons: [
			{ factor: 'neighbour', points: 30, detail: 'shares a boundary' },
			{ factor: 'sameRegion', points: 10, detail: 'also in London' }
		]
	},
	{ authority: { ...hammersmith, name: '=HYPERLINK("http://evil.example")' }, score: 0, distanceKm: 200, reasons: [] }
];
const csv = partnersCsv(suggestions, { target: westminster, category: 'Legal services', exportedAt: '2025-01-01T00:00:00.000Z' });
const { rows, problems } = parseCsv(new TextEncoder().encode(csv));

describe('partnersCsv', () => {
	it('opens with a BOM and a note naming the council, the service and the weights', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(rows[0].cells[0]).toMatch(/^# Partner suggestions for Westminster \(E09000033\), Legal services; weights \{"neighbour":30,/);
		expect(rows[0].cells[0]).toContain('Open Government Licence');
		expect(problems).toEqual([]);
		expect(rows[1].cells).toEqual(partnersCsvColumns);
	});

	it('has a points and a reason column for every factor, zero where none was awarded', () => {
		const header = rows[1].cells;
		const first = Object.fromEntries(header.map((name, i) => [name, rows[2].cells[i]]));
		expect(first).toMatchObject({
			rank: '1',
			code: 'E09000020',
			score: '40',
			distance_km: '3',
			neighbour_points: '30',
			neighbour_reason: 'shares a boundary',
			works_together_points: '0',
			works_together_reason: '',
			same_region_points: '10',
			same_region_reason: 'also in London',
			compatible_tier_points: '0',
			compatible_tier_reason: '',
			shares_service_points: '0',
			reported_savings_points: '0',
			proximity_points: '0'
		});
	});

	it('neutralises a name that a spreadsheet would run as a formula', () => {
		expect(rows[3].cells[2]).toBe(`'=HYPERLINK("http://evil.example")`);
		expect(csv.endsWith('\r\n')).toBe(true);
	});
});
