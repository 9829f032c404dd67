// The OpenAPI 3.1 description (https://spec.openapis.org/oas/v3.1.0) of the downloads, the feeds and
// PocketBase's public read endpoints. The CSV row schemas come from the tables (tables.ts), the query's
// parameters from the export query (exportQuery.ts), and the value sets from the domain modules.
import { defaultVintage, vintages } from '../authority.ts';
import { tiers } from '../filters.ts';
import { lifecycles, statuses } from '../initiative.ts';
import { relationKinds } from '../relations.ts';
import { savingsKinds, savingsPeriods } from '../savings/savingsFigure.ts';
import { licenceNote } from '../exportInitiatives.ts';
import { rowJsonSchema } from './rowSchema.ts';
import { initiativesTable, savingsTable } from './tables.ts';

type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] });
const text: Schema = { type: 'string' };
const year: Schema = { type: 'integer', minimum: 1900, maximum: 2100 };
const partialDate: Schema = { type: 'string', pattern: '^(\\d{4}(-\\d{2}(-\\d{2})?)?)?$' };
const object = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({
	type: 'object',
	properties,
	required
});

const listParameter = (name: string, description: string, values?: readonly string[]): Schema => ({
	name,
	in: 'query',
	description: `${description} Repeat the parameter or separate values with commas.`,
	schema: { type: 'array', items: values ? { type: 'string', enum: [...values] } : text },
	style: 'form',
	explode: true
});

const queryParameters: Schema[] = [
	listParameter('programme', 'Programme ids (`one_public_estate`, …), or `none` for shared services in no programme.'),
	listParameter('category', 'Service category ids (`legal`, `revenues_benefits`, …).'),
	listParameter('status', 'The status the map shows.', statuses),
	listParameter('region', 'E12 region codes: a council of the initiative lies in one of them.'),
	listParameter('tier', 'A council of the initiative is of one of these tiers.', tiers),
	{ name: 'from', in: 'query', description: 'Earliest start year; initiatives without a start year are left out.', schema: year },
	{ name: 'to', in: 'query', description: 'Latest start year; initiatives without a start year are left out.', schema: year },
	{
		name: 'vintage',
		in: 'query',
		description: 'The boundaries the initiatives are drawn on.',
		schema: { type: 'string', enum: [...vintages], default: defaultVintage }
	},
	{
		name: 'authority',
		in: 'query',
		description: 'A GSS code on the vintage: the files add that council’s share of the savings.',
		schema: { type: 'string', pattern: '^[EWSN]\\d{8}$' }
	}
];

const badQuery = {
	description: 'A parameter is not recognised; the message names it.',
	content: { 'application/json': { schema: ref('BadQuery') } }
};

function download(summary: string, description: string, mediaType: string, schema: Schema, operationId: string, headers: Schema = {}): Schema {
	return {
		get: {
			operationId,
			summary,
			description,
			tags: ['downloads'],
			parameters: queryParameters,
			responses: { '200': { description: summary, headers, content: { [mediaType]: { schema } } }, '400': badQuery }
		}
	};
}

/** A CSV file whose rows are `row` (the table's schema), with the Link header that replaces its old note lines. */
const csvFile = (row: string): Schema => ({ type: 'string', contentMediaType: 'text/csv', contentSchema: { type: 'array', items: ref(row) } });
const csvHeaders: Schema = {
	Link: {
		description:
			'RFC 8288 links: the licence note (`rel="license"`), the Data Package with the schema (`rel="describedby"`) and the same selection as JSON with its savings totals (`rel="alternate"`).',
		schema: text
	}
};

function feed(summary: string, operationId: string, parameters: Schema[] = []): Schema {
	return {
		get: {
			operationId,
			summary,
			tags: ['feeds'],
			parameters,
			responses: {
				'200': {
					description: 'An Atom feed (RFC 4287) of the most recently published or changed initiatives, newest first.',
					content: { 'application/atom+xml': { schema: text } }
				},
				...(parameters.length > 0 ? { '404': { description: 'No such council or programme.' } } : {})
			}
		}
	};
}

const listParameters: Schema[] = [
	{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
	{ name: 'perPage', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 30 } },
	{ name: 'sort', in: 'query', description: 'Fields, `-` before one for descending, e.g. `-start_year,name`.', schema: text },
	{
		name: 'filter',
		in: 'query',
		description:
			'PocketBase filter, e.g. `(status="operational" && start_year>2010)`. Filters see an unstated number as 0: `start_year > 0` keeps the initiatives with a start year.',
		schema: text
	},
	{ name: 'expand', in: 'query', description: 'Relation fields to expand, e.g. `programme,category`.', schema: text },
	{ name: 'fields', in: 'query', description: 'Fields to return, e.g. `slug,name,start_year`.', schema: text },
	{ name: 'skipTotal', in: 'query', schema: { type: 'boolean' } }
];

function records(collection: string, item: string, summary: string): Schema {
	return {
		get: {
			operationId: `list_${collection}`,
			summary,
			tags: ['read API (PocketBase)'],
			parameters: listParameters,
			responses: {
				'200': {
					description: `A page of ${collection} records.`,
					content: {
						'application/json': {
							schema: object({
								page: { type: 'integer' },
								perPage: { type: 'integer' },
								totalItems: { type: 'integer' },
								totalPages: { type: 'integer' },
								items: { type: 'array', items: ref(item) }
							})
						}
					}
				},
				'400': { description: 'A filter or sort PocketBase cannot read.' }
			}
		}
	};
}

/** Fields every PocketBase record has; its own fields are listed beside these. */
const recordBase = { id: text, collectionId: text, collectionName: text };
const record = (properties: Record<string, Schema>): Schema => ({
	...object({ ...recordBase, ...properties }, Object.keys(recordBase).concat(Object.keys(properties))),
	additionalProperties: true
});

const schemas: Record<string, Schema> = {
	BadQuery: object({
		status: { type: 'integer', const: 400 },
		message: text,
		problems: { type: 'array', items: object({ parameter: text, message: text }) }
	}),
	SavingsFigure: object({
		amount: { type: 'integer', minimum: 1, description: 'Whole pounds, nominal, as reported.' },
		kind: { type: 'string', enum: [...savingsKinds] },
		period: { type: 'string', enum: [...savingsPeriods] },
		fromYear: { ...nullable(year), description: 'null when not stated.' },
		toYear: { ...nullable(year), description: 'null when not stated.' },
		scope: {
			type: 'string',
			pattern: '^([EWSN]\\d{8})?$',
			description: '"" for the whole arrangement, else the GSS code of the one council it is for.'
		},
		reported: partialDate,
		source: { type: 'string', format: 'uri' },
		basis: text
	}),
	SavingsTotal: {
		...object({
			kind: { type: 'string', enum: [...savingsKinds] },
			period: { type: 'string', enum: [...savingsPeriods] },
			amount: { type: 'number' },
			count: { type: 'integer' }
		}),
		description: 'One kind and period: figures of different kinds or periods are never added.'
	},
	Source: {
		...object({ url: { type: 'string', format: 'uri' }, title: text, date: partialDate, mirror: { type: 'boolean' } }, ['url', 'title', 'date'])
	},
	Selected: object({ code: text, name: text, savings: { type: 'array', items: ref('SavingsTotal') } }),
	EffectiveStatus: object({
		status: { type: 'string', enum: [...statuses] },
		asOf: nullable(partialDate),
		endedByAbolition: nullable({ type: 'string', format: 'date' })
	}),
	Initiative: object({
		slug: text,
		name: text,
		programme: { type: 'string', description: 'Programme id; "" for a shared service in no programme.' },
		category: text,
		status: { type: 'string', enum: [...statuses], description: 'As the evidence said it at statusAsOf.' },
		statusAsOf: partialDate,
		lgaMapListed: { type: 'boolean' },
		startYear: { ...nullable(year), description: 'null when no source states it.' },
		endYear: { ...nullable(year), description: 'null while it runs or when no source states it.' },
		description: text,
		savings: { type: 'array', items: ref('SavingsFigure') },
		sources: { type: 'array', items: ref('Source') },
		participations: {
			type: 'array',
			items: object({
				code: text,
				name: text,
				role: { type: 'string', enum: ['lead', 'partner'] },
				abolished: nullable({ type: 'string', format: 'date' })
			})
		},
		lifecycle: { type: 'string', enum: ['published'] },
		updated: { type: 'string', format: 'date-time' },
		effectiveStatus: ref('EffectiveStatus')
	}),
	InitiativesFile: object({
		licence: text,
		exportedAt: { type: 'string', format: 'date-time' },
		query: text,
		count: { type: 'integer' },
		savingsTotals: { type: 'array', items: ref('SavingsTotal') },
		selected: nullable(ref('Selected')),
		initiatives: { type: 'array', items: ref('Initiative') }
	}),
	InitiativesGeoJson: object({
		type: { const: 'FeatureCollection' },
		licence: text,
		exportedAt: { type: 'string', format: 'date-time' },
		query: text,
		savingsTotals: { type: 'array', items: ref('SavingsTotal') },
		selected: nullable(ref('Selected')),
		features: {
			type: 'array',
			items: object({
				type: { const: 'Feature' },
				id: text,
				geometry: object({
					type: { const: 'MultiPoint' },
					coordinates: { type: 'array', items: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } }
				}),
				properties: {
					type: 'object',
					properties: {
						slug: text,
						name: text,
						status: { type: 'string', enum: [...statuses] },
						startYear: nullable(year),
						endYear: nullable(year),
						savings: { type: 'array', items: ref('SavingsFigure') },
						participants: { type: 'array', items: text },
						codes: { type: 'array', items: text },
						vintage: { type: 'string', enum: [...vintages] }
					},
					required: ['slug', 'name', 'status', 'startYear', 'endYear', 'savings', 'participants', 'codes', 'vintage']
				}
			})
		}
	}),
	InitiativeRow: rowJsonSchema(initiativesTable),
	SavingsRow: rowJsonSchema(savingsTable),
	InitiativeRecord: record({
		slug: text,
		name: text,
		programme: { type: 'string', description: 'programmes record id; "" for a shared service in no programme.' },
		category: { type: 'string', description: 'categories record id.' },
		status: { type: 'string', enum: [...statuses] },
		status_as_of: partialDate,
		lga_map_listed: { type: 'boolean' },
		start_year: { ...nullable(year), description: 'null when no source states it (filters see it as 0).' },
		end_year: { ...nullable(year), description: 'null while it runs or when no source states it (filters see it as 0).' },
		description: text,
		savings: { type: 'array', items: ref('SavingsFigure') },
		sources: { type: 'array', items: ref('Source') },
		lifecycle: { type: 'string', enum: [...lifecycles] }
	}),
	ParticipationRecord: record({ initiative: text, authority: text, role: { type: 'string', enum: ['lead', 'partner'] } }),
	AuthorityRecord: record({
		code: { type: 'string', pattern: '^[EWSN]\\d{8}$' },
		name: text,
		kind: text,
		tier: { type: 'string', enum: [...tiers] },
		region: text,
		region_name: text,
		parent: { type: 'string', description: 'County code of a two-tier district; "" otherwise.' },
		valid_from: text,
		valid_to: text,
		successors: { type: 'array', items: text },
		vintages: { type: 'array', items: { type: 'string', enum: [...vintages] } },
		centroid: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }
	}),
	ProgrammeRecord: record({
		slug: text,
		name: text,
		summary: text,
		expected_savings_text: text,
		expected_savings_min: { ...nullable({ type: 'number', exclusiveMinimum: 0 }), description: 'null when the source states no figure.' },
		expected_savings_max: { ...nullable({ type: 'number', exclusiveMinimum: 0 }), description: 'null when the source states no figure.' },
		period: text,
		source: text
	}),
	CategoryRecord: record({ slug: text, name: text }),
	RelationRecord: record({
		from_initiative: text,
		relation: { type: 'string', enum: [...relationKinds] },
		to_initiative: text,
		source_url: text,
		note: text
	})
};

/** The description as served at /api/openapi.json; `origin` is the app's, `pocketbase` PocketBase's public URL. */
export function openApiDescription(origin: string, pocketbase: string) {
	const pocketbaseServer = (path: Schema) => ({
		...path,
		servers: [{ url: pocketbase, description: 'PocketBase, read-only to the public' }]
	});
	return {
		openapi: '3.1.0',
		info: {
			title: 'Council Shared Services Map: downloads, feeds and read API',
			version: '1',
			description: `${licenceNote}\n\nA value no source states is null (JSON) or an empty cell (CSV), never 0. Human-readable guide: ${origin}/api.`,
			license: {
				name: 'Open Government Licence v3.0 (council codes and names); cited sources keep their own copyright',
				url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'
			},
			contact: { name: 'Council Shared Services Map', url: `${origin}/api` }
		},
		servers: [{ url: origin, description: 'The app' }],
		// Everything described here is public: no operation takes credentials.
		security: [],
		tags: [
			{ name: 'downloads', description: 'Files for any filter the map can express.' },
			{ name: 'feeds', description: 'What is newly published or changed.' },
			{ name: 'read API (PocketBase)', description: 'PocketBase’s records API, read-only (https://pocketbase.io/docs/api-records/).' }
		],
		paths: {
			'/api/initiatives.csv': download(
				'Initiatives as CSV',
				'UTF-8, header first, one initiative a row in the import template’s columns (each row an InitiativeRow; empty cell = not stated). The Link header points to the licence note, the Data Package and the same selection as JSON.',
				'text/csv',
				csvFile('InitiativeRow'),
				'initiatives_csv',
				csvHeaders
			),
			'/api/savings.csv': download(
				'Savings figures as CSV',
				'One figure a row in the savings sheet’s columns (each row a SavingsRow).',
				'text/csv',
				csvFile('SavingsRow'),
				'savings_csv',
				csvHeaders
			),
			'/api/initiatives.json': download(
				'Initiatives as JSON',
				'The initiatives with their councils, sources, typed savings figures and totals per kind and period.',
				'application/json',
				ref('InitiativesFile'),
				'initiatives_json'
			),
			'/api/initiatives.geojson': download(
				'Initiatives as GeoJSON',
				'One MultiPoint feature per initiative at its councils’ label points on the vintage (RFC 7946).',
				'application/geo+json',
				ref('InitiativesGeoJson'),
				'initiatives_geojson'
			),
			'/api/datapackage.zip': {
				get: {
					operationId: 'datapackage',
					summary: 'The whole published dataset as a Frictionless Data Package',
					tags: ['downloads'],
					responses: {
						'200': {
							description: 'A zip of datapackage.json (schemas, keys, licences, sources) and one CSV per table.',
							content: { 'application/zip': { schema: { type: 'string', contentMediaType: 'application/zip' } } }
						}
					}
				}
			},
			'/api/openapi.json': {
				get: {
					operationId: 'openapi',
					summary: 'This description',
					tags: ['downloads'],
					responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } }
				}
			},
			'/feed.atom': feed('New and changed initiatives on the whole map', 'feed'),
			'/authorities/{code}/feed.atom': feed('New and changed initiatives naming a council', 'authority_feed', [
				{ name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^[EWSN]\\d{8}$' } }
			]),
			'/programmes/{slug}/feed.atom': feed('New and changed initiatives of a programme (`none`: in no programme)', 'programme_feed', [
				{ name: 'slug', in: 'path', required: true, schema: text }
			]),
			'/api/collections/initiatives/records': pocketbaseServer(records('initiatives', 'InitiativeRecord', 'Published initiatives')),
			'/api/collections/participations/records': pocketbaseServer(
				records('participations', 'ParticipationRecord', 'Councils of published initiatives, with their roles')
			),
			'/api/collections/authorities/records': pocketbaseServer(records('authorities', 'AuthorityRecord', 'The council register')),
			'/api/collections/programmes/records': pocketbaseServer(records('programmes', 'ProgrammeRecord', 'Programmes')),
			'/api/collections/categories/records': pocketbaseServer(records('categories', 'CategoryRecord', 'Service categories')),
			'/api/collections/initiative_relations/records': pocketbaseServer(
				records('initiative_relations', 'RelationRecord', 'Relations between published initiatives')
			)
		},
		components: { schemas }
	};
}
