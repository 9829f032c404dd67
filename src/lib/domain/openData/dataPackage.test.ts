import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { unzipSync, strFromU8 } from 'fflate';
import { authorities as register, figure } from '../../../../tests/support/register.ts';
import { validFile } from '../../../../tests/support/imports.ts';
import { parseCsv } from '../parseCsv.ts';
import { createResolver } from '../resolveAuthority.ts';
import { validateImport } from '../validateImport.ts';
import type { Initiative } from '../initiative.ts';
import { dataPackageDescriptor, dataPackageZip, type PublishedDataset } from './dataPackage.ts';
import { rowJsonSchema, typedRow } from './rowSchema.ts';
import { tables } from './tables.ts';

const resolver = createResolver(register);
const initiatives: Initiative[] = validateImport(validFile, {
	programmes: ['shared_services'],
	categories: ['management_team', 'revenues_benefits'],
	resolver
}).initiatives.map(({ line: _, ...draft }, i) => ({
	...draft,
	startYear: i === 0 ? draft.startYear : null,
	savings:
		i === 0
			? [figure(40_000_000, 'target', 'annual', { fromYear: 2015, toYear: null }), figure(9_000_000, 'achieved', 'annual', { scope: 'E09000033' })]
			: [],
	lifecycle: 'published',
	updated: '2026-01-01T00:00:00.000Z'
}));
const dataset: PublishedDataset = {
	initiatives,
	authorities: register,
	programmes: [
		{
			slug: 'shared_services',
			theme: '',
			name: 'Shared services',
			summary: '',
			priorities: [],
			howToGetInvolved: '',
			expectedSavingsText: '',
			expectedSavingsMin: null,
			expectedSavingsMax: null,
			period: '',
			source: ''
		}
	],
	categories: [
		{ slug: 'management_team', name: 'Management team' },
		{ slug: 'revenues_benefits', name: 'Revenues and benefits' }
	],
	relations: [{ from: initiatives[1].slug, relation: 'part_of', to: initiatives[0].slug, sourceUrl: '', note: '' }],
	resolver,
	created: '2026-01-01T00:00:00.000Z'
};
const files = Object.fromEntries(Object.entries(unzipSync(dataPackageZip(dataset))).map(([name, bytes]) => [name, strFromU8(bytes)]));
const descriptor = JSON.parse(files['datapackage.json']) as ReturnType<typeof dataPackageDescriptor>;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));

describe('the Data Package', () => {
	it('zips datapackage.json and one CSV per table, each named in the descriptor', () => {
		expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...tables.map((table) => `${table.name}.csv`)].sort());
		expect(descriptor.resources.map((resource: { path: string }) => resource.path)).toEqual(tables.map((table) => `${table.name}.csv`));
		expect(descriptor).toMatchObject({ profile: 'tabular-data-package', created: dataset.created, licenses: [{ name: 'OGL-UK-3.0' }] });
	});

	it.each(tables.map((table) => [table.name, table]))(
		'%s.csv has its schema’s columns first, and every row fits the schema’s types and rules',
		(name, table) => {
			const resource = descriptor.resources.find((r: { name: string }) => r.name === name);
			const [header, ...rows] = parseCsv(files[`${name}.csv`]).rows;
			expect(header.cells).toEqual(resource?.schema.fields.map((field: { name: string }) => field.name));
			const validate = ajv.compile(rowJsonSchema(table));
			for (const row of rows) {
				const typed = typedRow(table, Object.fromEntries(header.cells.map((column, i) => [column, row.cells[i]])));
				expect(validate(typed) ? [] : validate.errors, JSON.stringify(typed)).toEqual([]);
			}
		}
	);

	it('writes a value no source states as an empty cell, never 0', () => {
		const [header, ...rows] = parseCsv(files['initiatives.csv']).rows.map((row) => row.cells);
		expect(rows[1][header.indexOf('start_year')]).toBe('');
		const [savingsHeader, target] = parseCsv(files['savings.csv']).rows.map((row) => row.cells);
		expect(target[savingsHeader.indexOf('to_year')]).toBe('');
		const [programmeHeader, programme] = parseCsv(files['programmes.csv']).rows.map((row) => row.cells);
		expect(programme[programmeHeader.indexOf('expected_savings_min')]).toBe('');
	});

	it('refers only to resources it holds, by their primary keys', () => {
		const names = new Set(descriptor.resources.map((resource: { name: string }) => resource.name));
		for (const resource of dataPackageDescriptor('now').resources) {
			for (const key of resource.schema.foreignKeys ?? []) {
				const target =
					key.reference.resource === '' ? resource : descriptor.resources.find((r: { name: string }) => r.name === key.reference.resource);
				expect(names.has(target?.name ?? ''), `${resource.name} → ${key.reference.resource}`).toBe(true);
				expect(target?.schema.primaryKey).toEqual([key.reference.fields].flat());
			}
		}
	});
});
