// The export endpoints' query: the map's URL parameters, read strictly. Unlike the map (which shows a
// notice and carries on), a download with a bad parameter is refused with a message naming it.
import { vintages, type Vintage } from './authority.ts';
import { defaultState, tiers, type Filters } from './filters.ts';
import { statuses, type Status } from './initiative.ts';
import { stateParams } from './explorerState.ts';
import { noProgramme, withListingAsNoProgramme } from './noProgramme.ts';
import { earliestYear, latestYear } from './validateImport.ts';

export interface ExportQuery {
	filters: Filters;
	vintage: Vintage;
	/** The map's selected council (`authority`), whose share of the savings the files state; null when none. */
	selected: string | null;
}

export interface ParameterProblem {
	parameter: string;
	message: string;
}

export interface KnownFilterValues {
	programmes: readonly string[];
	categories: readonly string[];
	/** E12 region codes. */
	regions: readonly string[];
	/** Authority codes with the vintages that draw them (a selection must be drawn on the export's vintage). */
	authorities?: ReadonlyMap<string, { vintages: readonly string[] }>;
}

export const exportParams = ['programme', 'category', 'status', 'region', 'tier', 'from', 'to', 'vintage', 'authority'] as const;

export function parseExportQuery(given: URLSearchParams, known: KnownFilterValues): ExportQuery | { problems: ParameterProblem[] } {
	// Old download links asked for the LGA map's listing as a programme; they get the same shared services.
	const { params } = withListingAsNoProgramme(given);
	const problems: ParameterProblem[] = [];
	const report = (parameter: string, message: string) => problems.push({ parameter, message });
	for (const key of new Set(params.keys())) {
		// Map-only settings (view, metric, selection) are accepted so a map URL's query works here unchanged.
		if (!(stateParams as readonly string[]).includes(key)) report(key, `unknown parameter; use ${exportParams.join(', ')}`);
	}
	const list = <T extends string>(key: string, allowed: readonly T[], describe: (value: string) => string): T[] => {
		const values = [...new Set(params.getAll(key).flatMap((raw) => raw.split(',')).map((value) => value.trim()).filter((value) => value !== ''))];
		for (const value of values) if (!(allowed as readonly string[]).includes(value)) report(key, describe(value));
		return values as T[];
	};
	const single = (key: string): string | null => {
		const values = params.getAll(key);
		if (values.length > 1) report(key, 'give this parameter once');
		return values.length > 0 ? values[0].trim() : null;
	};
	const year = (key: 'from' | 'to'): number | null => {
		const raw = single(key);
		if (raw === null || raw === '') return null;
		if (!/^\d{4}$/.test(raw) || Number(raw) < earliestYear || Number(raw) > latestYear) {
			report(key, `“${raw}” is not a year between ${earliestYear} and ${latestYear}`);
			return null;
		}
		return Number(raw);
	};

	const filters: Filters = {
		programmes: list('programme', [...known.programmes, noProgramme], (value) => `no programme has the id “${value}”; use ${noProgramme} for shared services in no programme`),
		categories: list('category', known.categories, (value) => `no service category has the id “${value}”`),
		statuses: list<Status>('status', statuses, (value) => `“${value}” is not a status; use ${statuses.join(', ')}`),
		regions: list('region', known.regions, (value) => `no region has the code “${value}”; use an E12 code such as E12000007`),
		tiers: list('tier', tiers, (value) => `“${value}” is not a tier; use ${tiers.join(', ')}`),
		yearFrom: year('from'),
		yearTo: year('to')
	};
	if (filters.yearFrom !== null && filters.yearTo !== null && filters.yearFrom > filters.yearTo) {
		report('from', `from (${filters.yearFrom}) is after to (${filters.yearTo})`);
	}
	const rawVintage = single('vintage');
	let vintage = defaultState.vintage;
	if (rawVintage !== null) {
		if ((vintages as readonly string[]).includes(rawVintage)) vintage = rawVintage as Vintage;
		else report('vintage', `“${rawVintage}” is not a boundary vintage; use ${vintages.join(' or ')}`);
	}
	const rawSelected = single('authority');
	let selected: string | null = null;
	if (rawSelected !== null && rawSelected !== '') {
		const code = rawSelected.toUpperCase();
		if (!known.authorities?.get(code)?.vintages.includes(vintage)) report('authority', `no council on the ${vintage} map has the code “${rawSelected}”`);
		else selected = code;
	}
	return problems.length > 0 ? { problems } : { filters, vintage, selected };
}
