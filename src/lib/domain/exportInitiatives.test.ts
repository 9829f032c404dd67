import { describe, expect, it } from 'vitest';
import { authorities as list, figure, register as authorities } from '../../../tests/support/register.ts';
import { validFile } from '../../../tests/support/imports.ts';
import { initiativesCsv, initiativesGeoJson, initiativesJson, licenceNote, savingsCsv } from './exportInitiatives.ts';
import type { Initiative } from './initiative.ts';
import { parseCsv } from './parseCsv.ts';
import { placeInitiative } from './placeInitiatives.ts';
import { createResolver } from './resolveAuthority.ts';
import { validateImport } from './validateImport.ts';

const resolver = createResolver(list);
const context = { authorities, resolver, exportedAt: '2026-01-01T00:00:00.000Z', relations: [] };
const validation = { programmes: ['shared_services'], categories: ['management_team', 'revenues_benefits'], resolver };
const initiatives: Initiative[] = validateImport(validFile, validation).initiatives.map(({ line: _, ...draft }, i) => ({
	...draft,
	savings:
		i === 0
			? [figure(40_000_000, 'target', 'annual'), figure(9_000_000, 'achieved', 'annual', { scope: 'E09000033' })]
			: [figure(600_000, 'achieved', 'annual')],
	lifecycle: 'published',
	updated: '2026-01-01T00:00:00.000Z'
}));

describe('initiativesCsv', () => {
	const csv = initiativesCsv(initiatives, context);
	const lines = csv.split('\r\n');

	it('starts with the header, without a byte order mark or notes, and ends lines with CRLF', () => {
		expect(lines[0]).toBe(
			'id,name,programme,service_category,status,status_as_of,start_year,end_year,lead_council,councils,lga_map_listed,description,source_url,source_title,source_date,source_is_mirror'
		);
		expect(lines).toHaveLength(1 + initiatives.length + 1);
		expect(lines.at(-1)).toBe('');
	});

	it('imports back to the same initiatives', () => {
		const again = validateImport(csv, validation);
		expect(again.problems).toEqual([]);
		expect(again.initiatives.map(({ line: _, ...draft }) => draft)).toEqual(
			initiatives.map(({ lifecycle: _, updated: __, ...draft }) => ({ ...draft, savings: [] }))
		);
	});

	it('leaves a year no source states empty, never 0', () => {
		const [header, row] = parseCsv(initiativesCsv([{ ...initiatives[0], startYear: null, endYear: null }], context)).rows;
		expect(header.cells.slice(6, 8)).toEqual(['start_year', 'end_year']);
		expect(row.cells.slice(6, 8)).toEqual(['', '']);
	});

	it('writes counties with "County Council" and a name that would resolve elsewhere as its code', () => {
		const somerset: Initiative = {
			...initiatives[0],
			startYear: null,
			participations: [
				{ code: 'E10000027', name: 'Somerset', role: 'lead', abolished: null },
				{ code: 'E06000066', name: 'Somerset', role: 'partner', abolished: null },
				{ code: 'E08000037', name: 'Gateshead', role: 'partner', abolished: null }
			]
		};
		const row = initiativesCsv([somerset], context).split('\r\n')[1];
		expect(row).toContain(',Somerset County Council,Somerset County Council; Somerset; E08000037,');
	});

	it('quotes fields with commas, quotes and newlines, and neutralises formulas', () => {
		const tricky = { ...initiatives[0], name: 'A, "B"\nC', description: '=HYPERLINK("x")' };
		const row = initiativesCsv([tricky], context).split('\r\n').slice(1).join('\r\n');
		expect(row).toContain('"A, ""B""\nC"');
		expect(row).toContain(`"'=HYPERLINK(""x"")"`);
	});
});

describe('initiativesJson', () => {
	it('wraps the initiatives with the licence, the query and a count', () => {
		const json = initiativesJson(initiatives, { exportedAt: 'now', relations: [], query: '?status=ended' });
		expect(json).toMatchObject({
			licence: licenceNote,
			exportedAt: 'now',
			query: '?status=ended',
			count: 2,
			selected: null,
			savingsTotals: [
				{ kind: 'achieved', period: 'annual', amount: 9_600_000, count: 2, own: 0 },
				{ kind: 'target', period: 'annual', amount: 40_000_000, count: 1, own: 0 }
			]
		});
		expect(json.initiatives.map(({ effectiveStatus: _, ...initiative }) => initiative)).toEqual(initiatives);
	});

	it('gives each initiative the status views show: ended when every council it names was abolished', () => {
		const [, taunton] = initiativesJson(initiatives, { exportedAt: 'now', relations: [], query: '' }).initiatives;
		expect(taunton.status).toBe('operational');
		expect(taunton.effectiveStatus).toEqual({ status: 'ended', asOf: '2023-04-01', endedByAbolition: '2023-04-01' });
	});
});

describe('savingsCsv', () => {
	it('writes one figure a row in the savings sheet’s columns, a council’s figure under its name', () => {
		const lines = savingsCsv(initiatives).split('\r\n');
		expect(lines[0]).toBe('initiative_id,amount_gbp,kind,period,from_year,to_year,scope,reported_date,source_url,basis');
		expect(lines.slice(1, 4)).toEqual([
			'tri-borough,40000000,target,annual,,,,2019,https://example.org/report,target annual',
			'tri-borough,9000000,achieved,annual,,,Westminster,2019,https://example.org/report,achieved annual',
			'taunton-mendip-revenues,600000,achieved,annual,,,,2019,https://example.org/report,achieved annual'
		]);
	});
});

describe('initiativesGeoJson', () => {
	it('makes one MultiPoint feature per initiative at the placed authorities’ centroids', () => {
		const placed = initiatives.map((initiative) => placeInitiative(initiative, authorities, '2024'));
		const collection = initiativesGeoJson(placed, { authorities, exportedAt: 'now', query: '', relations: [] });
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.licence).toBe(licenceNote);
		const taunton = collection.features[1];
		expect(taunton.id).toBe('taunton-mendip-revenues');
		expect(taunton.geometry).toEqual({ type: 'MultiPoint', coordinates: [[-3.0, 51.1]] });
		expect(taunton.properties).toMatchObject({ participants: ['E07000190', 'E07000187'], codes: ['E06000066'], vintage: '2024' });
		expect(taunton.properties.effectiveStatus.status).toBe('ended');
	});
});
