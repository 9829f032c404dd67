// The explorer's URL parameters, each defined once: its name, where it lives in the state, its values,
// its default, one value or a list, and whether the downloads read it. The map's parser (which notes a bad
// value and carries on), the downloads' strict parser (which refuses it), the serialiser and the hidden
// inputs that carry the state through the filter form are all made from this table by `urlGrammar`.
import { defaultVintage, tiers, vintages, type AuthorityKind, type Vintage } from './authority.ts';
import { earliestYear, latestYear, statuses } from './initiative.ts';
import { noProgramme } from './noProgramme.ts';
import type { PlacingAuthority } from './placeInitiatives.ts';
import { defaultMeasure, measureKey, parseMeasure, savingsMeasures } from './savings/savingsFigure.ts';
import { selectOn } from './standIn.ts';

/** What the parsers check values against. */
export interface KnownValues {
	programmes: readonly string[];
	categories: readonly string[];
	/** E12 region codes. */
	regions: readonly string[];
	/** Authority codes, with the vintages that draw each and where they went. */
	authorities: ReadonlyMap<string, KnownAuthority>;
}

export interface KnownAuthority extends PlacingAuthority {
	/** Tells apart a county and the unitary of the same name in notices. */
	kind?: AuthorityKind;
}

export interface ExplorerParam {
	/** The key in the URL. */
	name: string;
	/** Where the value lives in the state: a field, or `filters` and a field. */
	path: readonly [string] | readonly ['filters', string];
	/**
	 * one: a value from `allowed` (the last given wins on the map); list: values from `allowed`, repeated or
	 * comma-separated; year: a start year or none; authority: a code, selected on the state's vintage.
	 */
	shape: 'one' | 'list' | 'year' | 'authority';
	allowed?: (known: KnownValues) => readonly string[];
	/** The URL text of the default, for `one`. */
	default?: string;
	/** What a value is called in the map's notices. */
	label: string;
	/** Read by the downloads; the map-only settings are accepted there and ignored. */
	exported: boolean;
	/** The downloads' answer to a value not allowed. */
	refuse?: (value: string) => string;
	/** From URL text to the state's value, and back, when they differ. */
	decode?: (text: string) => unknown;
	encode?: (value: unknown) => string;
}

export const views = ['map', 'hex', 'table'] as const;
export const metrics = ['count', 'savings', 'participation', 'perResident'] as const;

export const explorerParams: readonly ExplorerParam[] = [
	{ name: 'view', path: ['view'], shape: 'one', allowed: () => views, default: 'map', label: 'view', exported: false },
	{
		name: 'vintage',
		path: ['vintage'],
		shape: 'one',
		allowed: () => vintages,
		default: defaultVintage,
		label: 'boundary year',
		exported: true,
		refuse: (value) => `“${value}” is not a boundary vintage; use ${vintages.join(' or ')}`
	},
	{ name: 'metric', path: ['metric'], shape: 'one', allowed: () => metrics, default: 'count', label: 'colour measure', exported: false },
	{
		name: 'figure',
		path: ['measure'],
		shape: 'one',
		allowed: () => savingsMeasures.map(measureKey),
		default: measureKey(defaultMeasure),
		label: 'kind of savings figure',
		exported: false,
		decode: (text) => parseMeasure(text),
		encode: (value) => measureKey(value as typeof defaultMeasure)
	},
	{
		name: 'programme',
		path: ['filters', 'programmes'],
		shape: 'list',
		allowed: (known) => [...known.programmes, noProgramme],
		label: 'programme',
		exported: true,
		refuse: (value) => `no programme has the id “${value}”; use ${noProgramme} for shared services in no programme`
	},
	{
		name: 'category',
		path: ['filters', 'categories'],
		shape: 'list',
		allowed: (known) => known.categories,
		label: 'service category',
		exported: true,
		refuse: (value) => `no service category has the id “${value}”`
	},
	{
		name: 'status',
		path: ['filters', 'statuses'],
		shape: 'list',
		allowed: () => statuses,
		label: 'status',
		exported: true,
		refuse: (value) => `“${value}” is not a status; use ${statuses.join(', ')}`
	},
	{
		name: 'region',
		path: ['filters', 'regions'],
		shape: 'list',
		allowed: (known) => known.regions,
		label: 'region',
		exported: true,
		refuse: (value) => `no region has the code “${value}”; use an E12 code such as E12000007`
	},
	{
		name: 'tier',
		path: ['filters', 'tiers'],
		shape: 'list',
		allowed: () => tiers,
		label: 'tier',
		exported: true,
		refuse: (value) => `“${value}” is not a tier; use ${tiers.join(', ')}`
	},
	{ name: 'from', path: ['filters', 'yearFrom'], shape: 'year', label: 'earliest', exported: true },
	{ name: 'to', path: ['filters', 'yearTo'], shape: 'year', label: 'latest', exported: true },
	{ name: 'overlay', path: ['overlays'], shape: 'list', allowed: (known) => known.programmes, label: 'overlay programme', exported: false },
	{ name: 'authority', path: ['selected'], shape: 'authority', label: 'council', exported: true }
];

export interface Notice {
	param: string;
	message: string;
}

export interface ParameterProblem {
	parameter: string;
	message: string;
}

type State = Record<string, unknown> & { filters: Record<string, unknown>; vintage: Vintage; selected: string | null };

const read = (state: State, path: ExplorerParam['path']): unknown => (path.length === 1 ? state[path[0]] : state.filters[path[1]]);

function write(state: State, path: ExplorerParam['path'], value: unknown): void {
	if (path.length === 1) state[path[0]] = value;
	else state.filters[path[1]] = value;
}

const emptyOf = (param: ExplorerParam): unknown =>
	param.shape === 'list' ? [] : param.shape === 'one' ? (param.decode ?? String)(param.default!) : null;

const listValues = (params: URLSearchParams, name: string) =>
	params
		.getAll(name)
		.flatMap((raw) => raw.split(','))
		.map((value) => value.trim())
		.filter((value) => value !== '');

const isYear = (raw: string) => /^\d{4}$/.test(raw) && Number(raw) >= earliestYear && Number(raw) <= latestYear;

/** The parsers, the serialiser and the forms' hidden inputs for a table of parameters. */
export function urlGrammar<S extends object>(table: readonly ExplorerParam[]) {
	const names = table.map((param) => param.name);
	const exported = table.filter((param) => param.exported);

	function defaults(): S {
		const state = { filters: {} } as State;
		for (const param of table) write(state, param.path, emptyOf(param));
		return state as unknown as S;
	}

	/** Never fails: a bad value falls back to its default and is noted. */
	function parse(params: URLSearchParams, known: KnownValues, describeSelection: SelectionNotes): { state: S; notices: Notice[] } {
		const notices: Notice[] = [];
		const note = (param: string, message: string) => notices.push({ param, message });
		for (const key of new Set(params.keys())) if (!names.includes(key)) note(key, `Ignored the unknown setting “${key}”.`);
		const state = defaults() as unknown as State;
		for (const param of table) {
			if (param.shape === 'one') {
				const values = params.getAll(param.name);
				if (values.length === 0) continue;
				const value = values[values.length - 1];
				if (param.allowed!(known).includes(value)) write(state, param.path, (param.decode ?? String)(value));
				else note(param.name, `There is no ${param.label} “${value}”; showing ${param.default} instead.`);
			} else if (param.shape === 'list') {
				const allowed = param.allowed!(known);
				const chosen: string[] = [];
				for (const value of listValues(params, param.name)) {
					if (!allowed.includes(value)) note(param.name, `There is no ${param.label} “${value}”; that filter was left out.`);
					else if (!chosen.includes(value)) chosen.push(value);
				}
				write(state, param.path, chosen);
			} else if (param.shape === 'year') {
				const raw = params.get(param.name);
				if (raw === null || raw.trim() === '') continue;
				if (isYear(raw.trim())) write(state, param.path, Number(raw));
				else note(param.name, `“${raw}” is not a year between ${earliestYear} and ${latestYear}; the ${param.label} start year is open.`);
			}
		}
		const { yearFrom, yearTo } = state.filters as { yearFrom: number | null; yearTo: number | null };
		if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
			note('from', `The start years ran backwards (${yearFrom} to ${yearTo}); showing ${yearTo} to ${yearFrom}.`);
			Object.assign(state.filters, { yearFrom: yearTo, yearTo: yearFrom });
		}
		for (const param of table.filter((p) => p.shape === 'authority')) {
			const raw = params.get(param.name);
			if (raw === null || raw.trim() === '') continue;
			const code = raw.trim().toUpperCase();
			const asked = known.authorities.get(code);
			if (!asked) {
				note(param.name, `No council has the code “${raw}”; nothing is selected.`);
				continue;
			}
			const selection = selectOn(code, known.authorities, state.vintage);
			write(state, param.path, selection.code);
			if (selection.code !== code) note(param.name, describeSelection(code, selection.code, state.vintage));
		}
		return { state: state as unknown as S, notices };
	}

	/** The downloads' reading: every bad exported parameter is named, and nothing is returned. */
	function parseStrict(params: URLSearchParams, known: KnownValues): { state: S } | { problems: ParameterProblem[] } {
		const problems: ParameterProblem[] = [];
		const report = (parameter: string, message: string) => problems.push({ parameter, message });
		for (const key of new Set(params.keys())) {
			if (!names.includes(key)) report(key, `unknown parameter; use ${exported.map((param) => param.name).join(', ')}`);
		}
		const state = defaults() as unknown as State;
		const single = (name: string): string | null => {
			const values = params.getAll(name);
			if (values.length > 1) report(name, 'give this parameter once');
			return values.length > 0 ? values[0].trim() : null;
		};
		for (const param of exported) {
			if (param.shape === 'list') {
				const values = [...new Set(listValues(params, param.name))];
				const allowed = param.allowed!(known);
				for (const value of values) if (!allowed.includes(value)) report(param.name, param.refuse!(value));
				write(state, param.path, values);
			} else if (param.shape === 'one') {
				const raw = single(param.name);
				if (raw === null) continue;
				if (param.allowed!(known).includes(raw)) write(state, param.path, (param.decode ?? String)(raw));
				else report(param.name, param.refuse!(raw));
			} else if (param.shape === 'year') {
				const raw = single(param.name);
				if (raw === null || raw === '') continue;
				if (isYear(raw)) write(state, param.path, Number(raw));
				else report(param.name, `“${raw}” is not a year between ${earliestYear} and ${latestYear}`);
			}
		}
		const { yearFrom, yearTo } = state.filters as { yearFrom: number | null; yearTo: number | null };
		if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) report('from', `from (${yearFrom}) is after to (${yearTo})`);
		for (const param of exported.filter((p) => p.shape === 'authority')) {
			const raw = single(param.name);
			if (raw === null || raw === '') continue;
			const selected = selectOn(raw.toUpperCase(), known.authorities, state.vintage).code;
			if (selected === null) report(param.name, `no council on the ${state.vintage} map has the code “${raw}”`);
			write(state, param.path, selected);
		}
		return problems.length > 0 ? { problems } : { state: state as unknown as S };
	}

	/** The shortest search string for a state: defaults are left out, lists keep their order. */
	function serialise(state: S): URLSearchParams {
		const params = new URLSearchParams();
		for (const param of table) {
			const value = read(state as unknown as State, param.path);
			if (param.shape === 'list') for (const item of value as string[]) params.append(param.name, item);
			else if (param.shape === 'one') {
				const text = (param.encode ?? String)(value);
				if (text !== param.default) params.set(param.name, text);
			} else if (typeof value === 'number' || typeof value === 'string') params.set(param.name, String(value));
		}
		return params;
	}

	/** The state a form does not edit itself, as [name, value] pairs for its hidden inputs. */
	function carried(state: S, fields: readonly string[]): [string, string][] {
		return [...serialise(state)].filter(([name]) => !fields.includes(name));
	}

	return { names, exported: exported.map((param) => param.name), defaults, parse, parseStrict, serialise, carried };
}

/** The notice for a selection the vintage does not draw: `selected` stands for `code` there, or is null. */
export type SelectionNotes = (code: string, selected: string | null, vintage: Vintage) => string;

/** The filter form's own fields: the filters. Everything else it carries in hidden inputs. */
export const filterFields: readonly string[] = explorerParams.filter((param) => param.path[0] === 'filters').map((param) => param.name);
