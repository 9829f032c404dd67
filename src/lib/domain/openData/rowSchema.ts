// A table's row as JSON Schema (2020-12, what OpenAPI 3.1 uses), made from its Table Schema so the API
// description cannot drift from the CSV files; and a CSV row read into those types ('' is null: not stated).
import type { FieldRules, Table } from './tables.ts';

const jsonType = { string: 'string', integer: 'integer', number: 'number', date: 'string' } as const;

function fieldSchema(rules: FieldRules): Record<string, unknown> {
	const { constraints = {} } = rules;
	const value: Record<string, unknown> = { type: jsonType[rules.type] };
	if (rules.type === 'date') value.format = 'date';
	if (rules.format === 'uri') value.format = 'uri';
	if (constraints.enum) value.enum = [...constraints.enum];
	if (constraints.pattern) value.pattern = `^(?:${constraints.pattern})$`;
	if (constraints.minimum !== undefined) value.minimum = constraints.minimum;
	if (constraints.maximum !== undefined) value.maximum = constraints.maximum;
	if (constraints.maxLength !== undefined) value.maxLength = constraints.maxLength;
	if (constraints.required) return { description: rules.description, ...value };
	return { description: rules.description, oneOf: [value, { type: 'null' }] };
}

export function rowJsonSchema(table: Table): Record<string, unknown> {
	return {
		type: 'object',
		title: table.title,
		description: table.description,
		properties: Object.fromEntries(table.columns.map((column) => [column, fieldSchema(table.fields[column])])),
		required: [...table.columns],
		additionalProperties: false
	};
}

/** A CSV row (cells by column) in the row schema's types: numbers as numbers, an empty cell as null. */
export function typedRow(table: Table, cells: Readonly<Record<string, string>>): Record<string, string | number | null> {
	return Object.fromEntries(
		Object.entries(cells).map(([column, cell]) => {
			const type = table.fields[column]?.type;
			if (cell === '') return [column, null];
			return [column, type === 'integer' || type === 'number' ? Number(cell) : cell];
		})
	);
}
