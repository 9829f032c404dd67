// The export endpoints' query: the map's URL parameters (explorerParams.ts), read strictly. Unlike the map
// (which shows a notice and carries on), a download with a bad parameter is refused with a message naming it.
import type { Vintage } from './authority.ts';
import type { KnownValues, ParameterProblem } from './explorerParams.ts';
import { explorerGrammar, type Filters } from './filters.ts';
import { withListingAsNoProgramme } from './noProgramme.ts';

export type { ParameterProblem } from './explorerParams.ts';

export interface ExportQuery {
	filters: Filters;
	vintage: Vintage;
	/** The map's selected council (`authority`), whose share of the savings the files state; null when none. */
	selected: string | null;
}

export type KnownFilterValues = KnownValues;

/** The parameters the downloads read; the map's other settings are accepted so a map URL's query works unchanged. */
export const exportParams = explorerGrammar.exported;

export function parseExportQuery(given: URLSearchParams, known: KnownFilterValues): ExportQuery | { problems: ParameterProblem[] } {
	// Old download links asked for the LGA map's listing as a programme; they get the same shared services.
	const parsed = explorerGrammar.parseStrict(withListingAsNoProgramme(given).params, known);
	if ('problems' in parsed) return parsed;
	const { filters, vintage, selected } = parsed.state;
	return { filters, vintage, selected };
}
