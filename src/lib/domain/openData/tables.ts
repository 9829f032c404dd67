// The published dataset's tables, each column declared once with its type and rules (Frictionless Table
// Schema, https://specs.frictionlessdata.io/table-schema/): the CSV downloads write these columns, the Data
// Package carries these schemas, and the OpenAPI description derives its row schemas from them.
import { importColumns, type ImportColumn } from '../validateImport.ts';
import { savingsColumns } from '../savings/readSavingsSheet.ts';
import { savingsKinds, savingsPeriods } from '../savings/savingsFigure.ts';
import { statuses } from '../initiative.ts';
import { relationKinds } from '../relations.ts';
import { tiers } from '../filters.ts';

export interface FieldRules {
	type: 'string' | 'integer' | 'number' | 'date';
	description: string;
	/** A format Table Schema knows (`uri`), checked by validators. */
	format?: 'uri';
	constraints?: {
		required?: boolean;
		unique?: boolean;
		enum?: readonly string[];
		/** Matched against the whole value (Table Schema anchors it; JSON Schema needs ^ and $ added). */
		pattern?: string;
		minimum?: number;
		maximum?: number;
		maxLength?: number;
	};
}

export interface ForeignKey {
	fields: string | string[];
	reference: { resource: string; fields: string | string[] };
}

export interface Table<Column extends string = string> {
	/** Resource name in the Data Package and file name (`<name>.csv`). */
	name: string;
	title: string;
	description: string;
	columns: readonly Column[];
	fields: Record<Column, FieldRules>;
	primaryKey?: Column[];
	foreignKeys?: ForeignKey[];
}

const year = (description: string): FieldRules => ({ type: 'integer', description, constraints: { minimum: 1900, maximum: 2100 } });
const partialDate = (description: string): FieldRules => ({ type: 'string', description, constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } });
const gssCode = '[EWSN]\\d{8}';
const slug = '[a-z0-9]+(-[a-z0-9]+)*';
const id = '[a-z0-9_]+';
const yesOrEmpty = (description: string): FieldRules => ({ type: 'string', description, constraints: { enum: ['yes'] } });
const required = { required: true } as const;

export const initiativesTable: Table<ImportColumn> = {
	name: 'initiatives',
	title: 'Initiatives',
	description:
		'Published shared-service arrangements and programme work, one a row, in the import template’s columns (a file in this form imports back unchanged). An empty cell is a value no source states.',
	columns: importColumns,
	fields: {
		id: { type: 'string', description: 'Unique id (slug).', constraints: { ...required, unique: true, pattern: slug, maxLength: 100 } },
		name: { type: 'string', description: 'Name of the arrangement.', constraints: { ...required, maxLength: 200 } },
		programme: {
			type: 'string',
			description: 'Programme id (programmes.id); empty for a shared service in no programme.',
			constraints: { pattern: id }
		},
		service_category: { type: 'string', description: 'Service category id (categories.id).', constraints: { ...required, pattern: id } },
		status: { type: 'string', description: 'Status as the evidence said it at status_as_of.', constraints: { ...required, enum: statuses } },
		status_as_of: partialDate('Date of the evidence behind the status (YYYY, YYYY-MM or YYYY-MM-DD); empty when none is recorded.'),
		start_year: year('Year the arrangement started; empty when no source states it.'),
		end_year: year('Year it ended; empty while it runs or when no source states it.'),
		lead_council: { type: 'string', description: 'The lead council by a name that resolves to its code (or the code); empty when none leads.' },
		councils: { type: 'string', description: 'The councils, separated by “; ” (participations lists them by code).', constraints: required },
		lga_map_listed: yesOrEmpty('“yes” where a source says the arrangement appeared on the LGA’s shared services map; else empty.'),
		description: { type: 'string', description: 'What the arrangement does, in the map’s own words.', constraints: { ...required, maxLength: 1000 } },
		source_url: { type: 'string', description: 'Source addresses separated by “ ; ”, the main source first.', constraints: required },
		source_title: { type: 'string', description: 'Title of the main source.', constraints: required },
		source_date: partialDate('Date of the main source (YYYY, YYYY-MM or YYYY-MM-DD); empty when it shows none.'),
		source_is_mirror: yesOrEmpty('“yes” when the main source is a mirror or aggregator’s copy of the page.')
	},
	primaryKey: ['id'],
	foreignKeys: [
		{ fields: 'programme', reference: { resource: 'programmes', fields: 'id' } },
		{ fields: 'service_category', reference: { resource: 'categories', fields: 'id' } }
	]
};

export const savingsTable: Table<(typeof savingsColumns)[number]> = {
	name: 'savings',
	title: 'Savings figures',
	description: 'Reported savings, one typed figure a row (the savings sheet’s columns). Figures of different kinds or periods must never be added.',
	columns: savingsColumns,
	fields: {
		initiative_id: { type: 'string', description: 'The initiative (initiatives.id).', constraints: required },
		amount_gbp: { type: 'integer', description: 'Whole pounds, nominal, as reported.', constraints: { ...required, minimum: 1 } },
		kind: {
			type: 'string',
			description: 'achieved (an outturn), target, avoided (a loss prevented) or unclear.',
			constraints: { ...required, enum: savingsKinds }
		},
		period: {
			type: 'string',
			description: 'annual (a year) or cumulative (over several years), or unclear.',
			constraints: { ...required, enum: savingsPeriods }
		},
		from_year: year(
			'Financial year by its start year (2012 = 2012/13): the year of an annual figure, the first of a cumulative one; empty when not stated.'
		),
		to_year: year('Last financial year of a cumulative figure; empty when not stated.'),
		scope: { type: 'string', description: 'Empty for the whole arrangement, else the one council the figure is for (its name, or code).' },
		reported_date: partialDate('When it was reported (YYYY, YYYY-MM or YYYY-MM-DD); empty when unknown.'),
		source_url: { type: 'string', format: 'uri', description: 'The address stating the figure.', constraints: required },
		basis: { type: 'string', description: 'The source’s words about the figure.', constraints: required }
	},
	foreignKeys: [{ fields: 'initiative_id', reference: { resource: 'initiatives', fields: 'id' } }]
};

export const participationsTable: Table<'initiative_id' | 'authority_code' | 'role'> = {
	name: 'participations',
	title: 'Participations',
	description: 'Each council named by an initiative, with its role.',
	columns: ['initiative_id', 'authority_code', 'role'],
	fields: {
		initiative_id: { type: 'string', description: 'The initiative (initiatives.id).', constraints: required },
		authority_code: {
			type: 'string',
			description: 'The council’s ONS GSS code (authorities.code), as the initiative names it (it may since have been abolished).',
			constraints: { ...required, pattern: gssCode }
		},
		role: { type: 'string', description: 'lead or partner.', constraints: { ...required, enum: ['lead', 'partner'] } }
	},
	primaryKey: ['initiative_id', 'authority_code'],
	foreignKeys: [
		{ fields: 'initiative_id', reference: { resource: 'initiatives', fields: 'id' } },
		{ fields: 'authority_code', reference: { resource: 'authorities', fields: 'code' } }
	]
};

export const relationsTable: Table<'from_id' | 'relation' | 'to_id' | 'source_url' | 'note'> = {
	name: 'relations',
	title: 'Relations between initiatives',
	description: 'One initiative is part of another, or was succeeded by it; totals count such a pair once.',
	columns: ['from_id', 'relation', 'to_id', 'source_url', 'note'],
	fields: {
		from_id: { type: 'string', description: 'The part, or the arrangement that was succeeded (initiatives.id).', constraints: required },
		relation: { type: 'string', description: 'part_of or succeeded_by.', constraints: { ...required, enum: relationKinds } },
		to_id: { type: 'string', description: 'The whole, or the successor (initiatives.id).', constraints: required },
		source_url: { type: 'string', description: 'The address stating the relation; empty when none is recorded.' },
		note: { type: 'string', description: 'What the source says about it.' }
	},
	primaryKey: ['from_id', 'to_id'],
	foreignKeys: [
		{ fields: 'from_id', reference: { resource: 'initiatives', fields: 'id' } },
		{ fields: 'to_id', reference: { resource: 'initiatives', fields: 'id' } }
	]
};

export const authoritiesTable: Table<
	| 'code'
	| 'name'
	| 'kind'
	| 'tier'
	| 'region'
	| 'region_name'
	| 'parent'
	| 'valid_from'
	| 'valid_to'
	| 'successors'
	| 'vintages'
	| 'longitude'
	| 'latitude'
> = {
	name: 'authorities',
	title: 'Councils',
	description: 'The register of English councils that existed in the 2012 or the 2024 boundaries (ONS).',
	columns: [
		'code',
		'name',
		'kind',
		'tier',
		'region',
		'region_name',
		'parent',
		'valid_from',
		'valid_to',
		'successors',
		'vintages',
		'longitude',
		'latitude'
	],
	fields: {
		code: { type: 'string', description: 'ONS GSS code.', constraints: { ...required, unique: true, pattern: gssCode } },
		name: { type: 'string', description: 'Name in the latest boundaries that draw it.', constraints: required },
		kind: {
			type: 'string',
			description: 'Kind of council.',
			constraints: {
				...required,
				enum: ['county', 'non-metropolitan district', 'unitary', 'metropolitan district', 'london borough', 'city of london', 'isles of scilly']
			}
		},
		tier: {
			type: 'string',
			description: 'upper (county), lower (district in a two-tier area) or single.',
			constraints: { ...required, enum: tiers }
		},
		region: { type: 'string', description: 'E12 region code.', constraints: { ...required, pattern: 'E12\\d{6}' } },
		region_name: { type: 'string', description: 'Region name.', constraints: required },
		parent: { type: 'string', description: 'The county of a two-tier district (authorities.code); else empty.', constraints: { pattern: gssCode } },
		valid_from: { type: 'date', description: 'First day, for a council created after December 2012; else empty.' },
		valid_to: { type: 'date', description: 'First day of its successor, for an abolished or recoded council; else empty.' },
		successors: { type: 'string', description: 'Codes that replaced it, separated by “;”.' },
		vintages: {
			type: 'string',
			description: 'The boundary vintages that draw it, separated by “;”; empty for a council that existed only between them.',
			constraints: { pattern: '\\d{4}(;\\d{4})*' }
		},
		longitude: { type: 'number', description: 'Label point inside its area (WGS 84).', constraints: { ...required, minimum: -180, maximum: 180 } },
		latitude: { type: 'number', description: 'Label point inside its area (WGS 84).', constraints: { ...required, minimum: -90, maximum: 90 } }
	},
	primaryKey: ['code'],
	foreignKeys: [{ fields: 'parent', reference: { resource: '', fields: 'code' } }]
};

export const programmesTable: Table<
	'id' | 'theme' | 'name' | 'summary' | 'expected_savings_text' | 'expected_savings_min' | 'expected_savings_max' | 'period' | 'source'
> = {
	name: 'programmes',
	title: 'Programmes',
	description: 'The Local Government Association’s productivity programmes (and One Public Estate) that initiatives belong to.',
	columns: ['id', 'theme', 'name', 'summary', 'expected_savings_text', 'expected_savings_min', 'expected_savings_max', 'period', 'source'],
	fields: {
		id: { type: 'string', description: 'Programme id.', constraints: { ...required, unique: true, pattern: id } },
		theme: { type: 'string', description: 'Theme of the LGA offer it belongs to.' },
		name: { type: 'string', description: 'Name.', constraints: required },
		summary: { type: 'string', description: 'What the programme does.' },
		expected_savings_text: { type: 'string', description: 'The expected savings in the source’s words; empty when it states none.' },
		expected_savings_min: {
			type: 'integer',
			description: 'Lower end of the expected savings in pounds; empty when the source states no figure.',
			constraints: { minimum: 1 }
		},
		expected_savings_max: {
			type: 'integer',
			description: 'Upper end of the expected savings in pounds; empty when the source states no figure.',
			constraints: { minimum: 1 }
		},
		period: { type: 'string', description: 'When the programme ran, as the source puts it.' },
		source: { type: 'string', description: 'The address describing it.' }
	},
	primaryKey: ['id']
};

export const categoriesTable: Table<'id' | 'name'> = {
	name: 'categories',
	title: 'Service categories',
	description: 'The services an initiative can be about.',
	columns: ['id', 'name'],
	fields: {
		id: { type: 'string', description: 'Category id.', constraints: { ...required, unique: true, pattern: id } },
		name: { type: 'string', description: 'Name.', constraints: required }
	},
	primaryKey: ['id']
};

/** Every table of the Data Package, referenced tables first. */
export const tables: readonly Table[] = [
	categoriesTable,
	programmesTable,
	authoritiesTable,
	initiativesTable,
	participationsTable,
	savingsTable,
	relationsTable
];

/** A table's Table Schema (the form datapackage.json carries). */
export function tableSchema(table: Table) {
	return {
		fields: table.columns.map((column) => ({ name: column, ...table.fields[column] })),
		missingValues: [''],
		...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
		...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {})
	};
}
