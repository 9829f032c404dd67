// The explorer's URL <-> ExplorerState mapping. The URL is the app state: parsing never throws, every
// bad or unknown value falls back to its default and is reported as a notice the page shows.
// Lists repeat their key (programme=a&programme=b), which is also what the no-JavaScript filter form sends.
import { currentVintage, vintages, type AuthorityKind, type Vintage } from './authority.ts';
import { statuses, type Status } from './initiative.ts';
import { formerListingProgramme, noProgramme, noProgrammeLabel, withListingAsNoProgramme } from './noProgramme.ts';
import { successionNames } from './successionNames.ts';
import { measureKey, parseMeasure, savingsMeasures } from './savings/savingsFigure.ts';
import { defaultState, metrics, tiers, views, type ExplorerState, type Filters, type Metric, type View } from './filters.ts';

/** What the parser checks values against. */
export interface KnownValues {
	programmes: readonly string[];
	categories: readonly string[];
	/** E12 region codes. */
	regions: readonly string[];
	/** Authority codes, with the vintages that draw each and where they went. */
	authorities: ReadonlyMap<string, KnownAuthority>;
}

export interface KnownAuthority {
	name: string;
	/** Tells apart a county and the unitary of the same name in notices. */
	kind?: AuthorityKind;
	vintages: readonly Vintage[];
	successors: readonly string[];
	predecessors: readonly string[];
}

export interface Notice {
	param: string;
	message: string;
}

export interface ParsedState {
	state: ExplorerState;
	notices: Notice[];
}

/** The parameters the explorer understands; anything else is reported and dropped. */
export const stateParams = [
	'view', 'vintage', 'metric', 'figure', 'programme', 'category', 'status', 'region', 'tier', 'from', 'to', 'authority', 'overlay'
] as const;

const earliestYear = 1900;
const latestYear = 2100;

export function parseExplorerState(given: URLSearchParams, known: KnownValues): ParsedState {
	const notices: Notice[] = [];
	const note = (param: string, message: string) => notices.push({ param, message });
	const { params, renamed } = withListingAsNoProgramme(given);
	if (renamed) {
		note('programme', `“${formerListingProgramme}” was the LGA’s shared services map, a listing rather than a programme; showing “${noProgrammeLabel}” instead.`);
	}

	for (const key of new Set(params.keys())) {
		if (!(stateParams as readonly string[]).includes(key)) note(key, `Ignored the unknown setting “${key}”.`);
	}

	const view = oneOf<View>(params, 'view', views, defaultState.view, note, 'view');
	const vintage = oneOf<Vintage>(params, 'vintage', vintages, defaultState.vintage, note, 'boundary year');
	const metric = oneOf<Metric>(params, 'metric', metrics, defaultState.metric, note, 'colour measure');
	const measureKeys = savingsMeasures.map(measureKey);
	const measure = parseMeasure(oneOf(params, 'figure', measureKeys, measureKey(defaultState.measure), note, 'kind of savings figure'))!;

	const filters: Filters = {
		programmes: someOf(params, 'programme', [...known.programmes, noProgramme], note, 'programme'),
		categories: someOf(params, 'category', known.categories, note, 'service category'),
		statuses: someOf<Status>(params, 'status', statuses, note, 'status'),
		regions: someOf(params, 'region', known.regions, note, 'region'),
		tiers: someOf(params, 'tier', tiers, note, 'tier'),
		...yearRange(params, note)
	};

	const overlays = someOf(params, 'overlay', known.programmes, note, 'overlay programme');
	const selected = selection(params.get('authority'), vintage, known.authorities, note);

	return { state: { view, vintage, metric, measure, filters, selected, overlays }, notices };
}

/** The shortest search string for a state: defaults are left out, lists keep their order. */
export function serialiseExplorerState(state: ExplorerState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.view !== defaultState.view) params.set('view', state.view);
	if (state.vintage !== defaultState.vintage) params.set('vintage', state.vintage);
	if (state.metric !== defaultState.metric) params.set('metric', state.metric);
	if (measureKey(state.measure) !== measureKey(defaultState.measure)) params.set('figure', measureKey(state.measure));
	const { filters } = state;
	for (const value of filters.programmes) params.append('programme', value);
	for (const value of filters.categories) params.append('category', value);
	for (const value of filters.statuses) params.append('status', value);
	for (const value of filters.regions) params.append('region', value);
	for (const value of filters.tiers) params.append('tier', value);
	if (filters.yearFrom !== null) params.set('from', String(filters.yearFrom));
	if (filters.yearTo !== null) params.set('to', String(filters.yearTo));
	for (const value of state.overlays) params.append('overlay', value);
	if (state.selected) params.set('authority', state.selected);
	return params;
}

/** `?…` for a link to a state, or '?' alone for the default (an empty href would keep the current query). */
export function explorerHref(state: ExplorerState): string {
	return `?${serialiseExplorerState(state)}`;
}

type Note = (param: string, message: string) => void;

function oneOf<T extends string>(
	params: URLSearchParams, key: string, allowed: readonly T[], fallback: T, note: Note, label: string
): T {
	const values = params.getAll(key);
	if (values.length === 0) return fallback;
	const value = values[values.length - 1];
	if ((allowed as readonly string[]).includes(value)) return value as T;
	note(key, `There is no ${label} “${value}”; showing ${fallback} instead.`);
	return fallback;
}

/** Accepts repeated keys and comma lists; drops unknown and repeated values. */
function someOf<T extends string>(
	params: URLSearchParams, key: string, allowed: readonly T[], note: Note, label: string
): T[] {
	const chosen: T[] = [];
	for (const value of params.getAll(key).flatMap((raw) => raw.split(','))) {
		const trimmed = value.trim();
		if (trimmed === '') continue;
		if (!(allowed as readonly string[]).includes(trimmed)) {
			note(key, `There is no ${label} “${trimmed}”; that filter was left out.`);
		} else if (!chosen.includes(trimmed as T)) {
			chosen.push(trimmed as T);
		}
	}
	return chosen;
}

function yearRange(params: URLSearchParams, note: Note): Pick<Filters, 'yearFrom' | 'yearTo'> {
	let yearFrom = year(params, 'from', note);
	let yearTo = year(params, 'to', note);
	if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
		note('from', `The start years ran backwards (${yearFrom} to ${yearTo}); showing ${yearTo} to ${yearFrom}.`);
		[yearFrom, yearTo] = [yearTo, yearFrom];
	}
	return { yearFrom, yearTo };
}

function year(params: URLSearchParams, key: 'from' | 'to', note: Note): number | null {
	const raw = params.get(key);
	if (raw === null || raw.trim() === '') return null;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < earliestYear || value > latestYear) {
		note(key, `“${raw}” is not a year between ${earliestYear} and ${latestYear}; the ${key === 'from' ? 'earliest' : 'latest'} start year is open.`);
		return null;
	}
	return value;
}

/** A code the vintage does not draw is replaced by what stands for it there, when that is one authority. */
function selection(
	raw: string | null, vintage: Vintage, authorities: ReadonlyMap<string, KnownAuthority>, note: Note
): string | null {
	if (raw === null || raw.trim() === '') return null;
	const code = raw.trim().toUpperCase();
	const authority = authorities.get(code);
	if (!authority) {
		note('authority', `No council has the code “${raw}”; nothing is selected.`);
		return null;
	}
	if (authority.vintages.includes(vintage)) return code;
	const standIns = standInsFor(code, vintage, authorities);
	if (standIns.length === 1) {
		const standIn = authorities.get(standIns[0])!;
		const names = successionNames({ ...authority, code }, [{ ...standIn, code: standIns[0] }], vintage === currentVintage ? 'forward' : 'backward');
		note('authority', `${names.from} is not on the ${vintage} map; selected ${names.to[0]}, which covers its area.`);
		return standIns[0];
	}
	note('authority', `${authority.name} is not on the ${vintage} map; switch boundary year to select it.`);
	return null;
}

function standInsFor(code: string, vintage: Vintage, authorities: ReadonlyMap<string, KnownAuthority>): string[] {
	const found = new Set<string>();
	const seen = new Set<string>();
	for (const direction of ['successors', 'predecessors'] as const) {
		const queue = [code];
		while (queue.length > 0) {
			const next = queue.shift()!;
			if (seen.has(`${direction}:${next}`)) continue;
			seen.add(`${direction}:${next}`);
			const authority = authorities.get(next);
			if (!authority) continue;
			if (next !== code && authority.vintages.includes(vintage)) found.add(next);
			else queue.push(...authority[direction]);
		}
		if (found.size > 0) break;
	}
	return [...found];
}
