// The whole published dataset as one Frictionless Data Package (https://datapackage.org/): datapackage.json
// with each table's schema, keys, licences and sources, and one CSV a table, zipped at a stable address.
import { zipSync, strToU8 } from 'fflate';
import type { Authority } from '../authority.ts';
import { csvDocument } from '../csvText.ts';
import { initiativeCsvRow, licenceNote } from '../exportInitiatives.ts';
import type { Category, Initiative, Programme } from '../initiative.ts';
import type { Relation } from '../relations.ts';
import type { Resolver } from '../resolveAuthority.ts';
import { savingsSheetRows } from '../savings/readSavingsSheet.ts';
import {
	authoritiesTable,
	categoriesTable,
	initiativesTable,
	participationsTable,
	programmesTable,
	relationsTable,
	savingsTable,
	tableSchema,
	tables,
	type Table
} from './tables.ts';

export interface PublishedDataset {
	initiatives: readonly Initiative[];
	authorities: readonly Authority[];
	programmes: readonly Programme[];
	categories: readonly Category[];
	relations: readonly Relation[];
	resolver: Resolver;
	/** ISO timestamp the package was made. */
	created: string;
}

/** A table's rows as CSV cells, keyed by column; '' is a value no source states. */
export type TableRows = Record<string, string | number>[];

const amount = (value: number | null) => (value === null ? '' : String(value));

/** Every table's rows, by table name. */
export function datasetRows(dataset: PublishedDataset): Record<string, TableRows> {
	const context = { authorities: new Map(dataset.authorities.map((authority) => [authority.code, authority])), resolver: dataset.resolver };
	return {
		[categoriesTable.name]: dataset.categories.map((category) => ({ id: category.slug, name: category.name })),
		[programmesTable.name]: dataset.programmes.map((programme) => ({
			id: programme.slug,
			theme: programme.theme,
			name: programme.name,
			summary: programme.summary,
			expected_savings_text: programme.expectedSavingsText,
			expected_savings_min: amount(programme.expectedSavingsMin),
			expected_savings_max: amount(programme.expectedSavingsMax),
			period: programme.period,
			source: programme.source
		})),
		[authoritiesTable.name]: dataset.authorities.map((authority) => ({
			code: authority.code,
			name: authority.name,
			kind: authority.kind,
			tier: authority.tier,
			region: authority.region,
			region_name: authority.regionName,
			parent: authority.parent ?? '',
			valid_from: authority.validFrom ?? '',
			valid_to: authority.validTo ?? '',
			successors: authority.successors.join(';'),
			vintages: authority.vintages.join(';'),
			longitude: authority.centroid[0],
			latitude: authority.centroid[1]
		})),
		[initiativesTable.name]: dataset.initiatives.map((initiative) => initiativeCsvRow(initiative, context)),
		[participationsTable.name]: dataset.initiatives.flatMap((initiative) =>
			initiative.participations.map((participation) => ({
				initiative_id: initiative.slug,
				authority_code: participation.code,
				role: participation.role
			}))
		),
		[savingsTable.name]: dataset.initiatives.flatMap((initiative) =>
			savingsSheetRows(initiative.slug, initiative.savings, new Map(initiative.participations.map((p) => [p.code, p.name])))
		),
		[relationsTable.name]: dataset.relations.map((relation) => ({
			from_id: relation.from,
			relation: relation.relation,
			to_id: relation.to,
			source_url: relation.sourceUrl,
			note: relation.note
		}))
	};
}

const ogl = {
	name: 'OGL-UK-3.0',
	path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
	title: 'Open Government Licence v3.0'
};

/** The package descriptor; each resource is `<table>.csv` beside it. */
export function dataPackageDescriptor(created: string) {
	const resource = (table: Table) => ({
		name: table.name,
		path: `${table.name}.csv`,
		title: table.title,
		description: table.description,
		profile: 'tabular-data-resource',
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		schema: tableSchema(table),
		...(table === authoritiesTable
			? {
					licenses: [ogl],
					sources: [{ title: 'Office for National Statistics, Open Geography Portal', path: 'https://geoportal.statistics.gov.uk/' }]
				}
			: {})
	});
	return {
		profile: 'tabular-data-package',
		name: 'council-shared-services-map',
		title: 'Council Shared Services Map: published initiatives',
		description: `${licenceNote} An empty cell is a value no source states (never 0).`,
		created,
		licenses: [
			{
				...ogl,
				title: 'Open Government Licence v3.0 (council codes, names and areas from the ONS; each initiative’s cited sources keep their own copyright)'
			}
		],
		sources: [
			{ title: 'Office for National Statistics: council codes, names, boundaries and lookups', path: 'https://geoportal.statistics.gov.uk/' },
			{ title: 'Local Government Association: Productivity: our offer (June 2012), and the pages each programme cites (programmes.source)' },
			{ title: 'The public sources each initiative, figure and relation cites (initiatives.source_url, savings.source_url, relations.source_url)' }
		],
		resources: tables.map(resource)
	};
}

/** The package's files by name: datapackage.json and one CSV per table (UTF-8, header first). */
export function dataPackageFiles(dataset: PublishedDataset): Record<string, string> {
	const rows = datasetRows(dataset);
	const files: Record<string, string> = { 'datapackage.json': `${JSON.stringify(dataPackageDescriptor(dataset.created), null, 2)}\n` };
	for (const table of tables)
		files[`${table.name}.csv`] = csvDocument(
			table.columns,
			rows[table.name].map((row) => table.columns.map((column) => row[column]))
		);
	return files;
}

export function dataPackageZip(dataset: PublishedDataset): Uint8Array {
	const files = dataPackageFiles(dataset);
	return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6, mtime: dataset.created });
}
