// A plain shared-service arrangement belongs to no programme: how filters, facets, pages and old addresses
// name that. Appearing on the LGA's 2011/12 shared services map was a listing (Initiative.lgaMapListed),
// not a programme councils joined, so its old programme id now means "no programme".

/** The filter value (URL `programme=none`, export query, facets) for initiatives in no programme. */
export const noProgramme = 'none';
export const noProgrammeLabel = 'No programme (shared service)';

/** The listing's old programme id; addresses and files that still use it mean "no programme". */
export const formerListingProgramme = 'shared_services';

/** What being on the LGA's map is called wherever it is shown. */
export const lgaMapListingLabel = 'listed on the LGA’s shared services map';

/** The programme value an initiative is filtered and counted under. */
export function programmeKey(initiative: { programme: string }): string {
	return initiative.programme === '' ? noProgramme : initiative.programme;
}

/**
 * An address's parameters with `programme=shared_services` (old links, bookmarks, exports) read as
 * `programme=none`, the shared services that arrangement listed; `renamed` says whether any was.
 */
export function withListingAsNoProgramme(params: URLSearchParams): { params: URLSearchParams; renamed: boolean } {
	const values = params
		.getAll('programme')
		.flatMap((raw) => raw.split(','))
		.map((value) => value.trim());
	if (!values.includes(formerListingProgramme)) return { params, renamed: false };
	const next = new URLSearchParams(params);
	next.delete('programme');
	for (const value of values) next.append('programme', value === formerListingProgramme ? noProgramme : value);
	return { params: next, renamed: true };
}
