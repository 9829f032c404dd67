import { describe, expect, it } from 'vitest';
import { aliases, authorities } from '../../../tests/support/register.ts';
import { file, malformed, malformedSavings, row, triBorough, tauntonMendip, validFile } from '../../../tests/support/imports.ts';
import { createResolver } from './resolveAuthority.ts';
import { importColumns, validateImport } from './validateImport.ts';

const context = {
	programmes: ['one_public_estate'],
	categories: ['management_team', 'revenues_benefits'],
	resolver: createResolver(authorities, aliases)
};

describe('validateImport', () => {
	it('turns a valid file into initiatives with resolved, ordered participations', () => {
		const { initiatives, problems } = validateImport(validFile, context);
		expect(problems).toEqual([]);
		expect(initiatives).toHaveLength(2);
		expect(initiatives[0]).toEqual({
			line: 2,
			slug: 'tri-borough',
			name: 'Tri-borough shared services',
			programme: '',
			category: 'management_team',
			status: 'ended',
			statusAsOf: '2012-06-18',
			lgaMapListed: false,
			startYear: 2011,
			endYear: 2018,
			description: 'Three west London boroughs combined services under single management.',
			savings: [],
			sources: [
				{ url: 'http://www.lbhf.gov.uk/news/triborough', title: 'Tri-borough councils on course to save £40million-a-year', date: '2012-06-18' },
				{ url: 'https://www.publicfinance.co.uk/news/2017/03/tri-borough', title: '', date: '' }
			],
			participations: [
				{ code: 'E09000013', name: 'Hammersmith and Fulham', role: 'partner', abolished: null },
				{ code: 'E09000020', name: 'Kensington and Chelsea', role: 'partner', abolished: null },
				{ code: 'E09000033', name: 'Westminster', role: 'partner', abolished: null }
			]
		});
	});

	it('marks the lead council and puts it first', () => {
		const [, taunton] = validateImport(validFile, context).initiatives;
		expect(taunton.participations).toEqual([
			{ code: 'E07000190', name: 'Taunton Deane', role: 'lead', abolished: '2019-04-01' },
			{ code: 'E07000187', name: 'Mendip', role: 'partner', abolished: '2023-04-01' }
		]);
	});

	it('reads the listing and mirror flags, and accepts a file made before those columns existed', () => {
		const flagged = validateImport(file({ ...triBorough, lga_map_listed: 'yes', source_is_mirror: 'yes' }), context).initiatives[0];
		expect(flagged.lgaMapListed).toBe(true);
		expect(flagged.sources.map((source) => source.mirror)).toEqual([true, undefined]);
		const older = ['status_as_of', 'lga_map_listed', 'source_is_mirror'];
		const columns = importColumns.filter((column) => !older.includes(column));
		const { initiatives, problems } = validateImport([columns.join(','), row(triBorough, columns)].join('\n'), context);
		expect(problems).toEqual([]);
		expect(initiatives[0]).toMatchObject({ statusAsOf: '', lgaMapListed: false, programme: '' });
	});

	it('resolves council names in the initiative’s start year', () => {
		const early = validateImport(file({ ...triBorough, councils: 'Gateshead; County Durham', start_year: '2012', end_year: '' }), context);
		const late = validateImport(file({ ...triBorough, councils: 'Gateshead; County Durham', start_year: '2021', end_year: '' }), context);
		expect(early.initiatives[0].participations.map((p) => p.code)).toContain('E08000020');
		expect(late.initiatives[0].participations.map((p) => p.code)).toContain('E08000037');
	});

	it('accepts a byte order mark, CRLF line ends, blank rows and the export’s licence note', () => {
		const text = `\uFEFF"# Licence note, with a comma"\r\n${validFile.replace(/\n/g, '\r\n')},,,,,,,,,,,,,,,\r\n`;
		const { initiatives, problems } = validateImport(new TextEncoder().encode(text), context);
		expect(problems).toEqual([]);
		expect(initiatives.map((i) => [i.slug, i.line])).toEqual([
			['tri-borough', 3],
			['taunton-mendip-revenues', 4]
		]);
	});

	it('accepts columns in any order', () => {
		const columns = Object.keys(triBorough).reverse();
		const text = [columns.join(','), columns.map((column) => JSON.stringify(triBorough[column])).join(',')].join('\n');
		expect(validateImport(text, context).initiatives[0].slug).toBe('tri-borough');
	});

	it('reads an apostrophe-protected formula back as the text it protects', () => {
		const { initiatives, problems } = validateImport(file({ ...triBorough, name: "'=HYPERLINK(x)" }), context);
		expect(problems).toEqual([]);
		expect(initiatives[0].name).toBe('=HYPERLINK(x)');
	});

	it('trims spaces Excel leaves around cells', () => {
		const { initiatives } = validateImport(file({ ...triBorough, status: ' ended ', start_year: ' 2011 ' }), context);
		expect(initiatives[0]).toMatchObject({ status: 'ended', startYear: 2011 });
	});

	it('reports every problem of every row, not just the first', () => {
		const { initiatives, problems } = validateImport(
			file({ ...triBorough, status: 'x', start_year: 'y' }, { ...tauntonMendip, programme: 'z' }),
			context
		);
		expect(initiatives).toEqual([]);
		expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:status', '2:start_year', '3:programme']);
	});

	describe.each(malformed)('rejects $name', ({ input, problems }) => {
		it('with its precise message and no initiatives', () => {
			const result = validateImport(input, context);
			expect(result.problems).toEqual(problems);
		});
	});

	it('has at least 25 malformed cases, counting the savings sheet’s', () => {
		expect(malformed.length + malformedSavings.length).toBeGreaterThanOrEqual(25);
	});
});
