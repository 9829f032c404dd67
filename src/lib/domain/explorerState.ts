// The explorer's URL <-> ExplorerState mapping. The URL is the app state: parsing never throws, every
// bad or unknown value falls back to its default and is reported as a notice the page shows.
// Lists repeat their key (programme=a&programme=b), which is also what the no-JavaScript filter form sends.
// The parameters themselves are defined in explorerParams.ts.
import { currentVintage } from './authority.ts';
import type { KnownValues, Notice, SelectionNotes } from './explorerParams.ts';
import { explorerGrammar, type ExplorerState } from './filters.ts';
import { formerListingProgramme, noProgrammeLabel, withListingAsNoProgramme } from './noProgramme.ts';
import { successionNames } from './successionNames.ts';

export type { KnownAuthority, KnownValues, Notice } from './explorerParams.ts';

export interface ParsedState {
	state: ExplorerState;
	notices: Notice[];
}

/** The parameters the explorer understands; anything else is reported and dropped. */
export const stateParams = explorerGrammar.names;

export function parseExplorerState(given: URLSearchParams, known: KnownValues): ParsedState {
	const { params, renamed } = withListingAsNoProgramme(given);
	const selectionNotes: SelectionNotes = (code, selected, vintage) => {
		const asked = known.authorities.get(code)!;
		if (selected === null) return `${asked.name} is not on the ${vintage} map; switch boundary year to select it.`;
		const standIn = known.authorities.get(selected)!;
		const names = successionNames({ ...asked, code }, [{ ...standIn, code: selected }], vintage === currentVintage ? 'forward' : 'backward');
		return `${names.from} is not on the ${vintage} map; selected ${names.to[0]}, which covers its area.`;
	};
	const { state, notices } = explorerGrammar.parse(params, known, selectionNotes);
	if (renamed) {
		notices.unshift({
			param: 'programme',
			message: `“${formerListingProgramme}” was the LGA’s shared services map, a listing rather than a programme; showing “${noProgrammeLabel}” instead.`
		});
	}
	return { state, notices };
}

/** The shortest search string for a state: defaults are left out, lists keep their order. */
export function serialiseExplorerState(state: ExplorerState): URLSearchParams {
	return explorerGrammar.serialise(state);
}

/** `?…` for a link to a state, or '?' alone for the default (an empty href would keep the current query). */
export function explorerHref(state: ExplorerState): string {
	return `?${serialiseExplorerState(state)}`;
}
