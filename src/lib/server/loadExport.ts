// Shared by the three export endpoints: reads the query (400 naming the parameter when it is bad),
// then the published initiatives it selects, placed on the requested vintage.
import { json } from '@sveltejs/kit';
import type { Authority } from '#lib/domain/authority.ts';
import { parseExportQuery } from '#lib/domain/exportQuery.ts';
import { filterInitiatives } from '#lib/domain/filterInitiatives.ts';
import type { PlacedInitiative } from '#lib/domain/initiative.ts';
import { placeInitiatives } from '#lib/domain/placeInitiatives.ts';
import { authoritySavings } from '#lib/domain/metrics.ts';
import type { SelectedShare } from '#lib/domain/exportInitiatives.ts';
import type { Relation } from '#lib/domain/relations.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { sharedProgrammes } from '#lib/server/programmes.ts';
import { readRegister } from '#lib/server/register.ts';
import { sharedRelations } from '#lib/server/relations.ts';

export interface ExportData {
	placed: PlacedInitiative[];
	authorities: Authority[];
	/** The query as given, echoed in the files. */
	query: string;
	exportedAt: string;
	/** The selected council's share of the savings, as the map's panel gives it. */
	selected: SelectedShare | null;
	/** Relations between published initiatives, so totals count each arrangement once. */
	relations: Relation[];
}

/**
 * The data for an export, or the 400 response to return. The published initiatives are the list every
 * view shares until the data changes (the explorer's, compare's, the partner finder's), filtered here in
 * memory by the same rule as the map, so each export reads each collection at most once.
 */
export async function loadExport(locals: Pick<App.Locals, 'pb' | 'memo'>, url: URL): Promise<ExportData | Response> {
	// The register file the map's pages draw from, so a download holds exactly what the map shows.
	const [programmes, categories, authorities] = await Promise.all([sharedProgrammes(locals), sharedCategories(locals), readRegister()]);
	const query = parseExportQuery(url.searchParams, {
		programmes: programmes.map((programme) => programme.slug),
		categories: categories.map((category) => category.slug),
		regions: [...new Set(authorities.map((authority) => authority.region))],
		authorities: new Map(authorities.map((authority) => [authority.code, authority]))
	});
	if ('problems' in query) {
		const message = query.problems.map((problem) => `${problem.parameter}: ${problem.message}`).join('; ');
		return json({ status: 400, message: `Bad query: ${message}. See /api for the parameters.`, problems: query.problems }, { status: 400 });
	}
	const byCode = new Map(authorities.map((authority) => [authority.code, authority]));
	const [initiatives, relations] = await Promise.all([sharedPublishedInitiatives(locals), sharedRelations(locals)]);
	const placed = filterInitiatives(placeInitiatives(initiatives, byCode, query.vintage), query.filters, byCode);
	const code = query.selected;
	const selected = code ? { code, name: byCode.get(code)!.name, savings: authoritySavings(placed, code, relations) } : null;
	return { placed, authorities, query: url.search, exportedAt: new Date().toISOString(), selected, relations };
}

/** Headers every export carries: open to any origin (no key needed) and briefly cacheable. */
export function exportHeaders(contentType: string, filename: string): Record<string, string> {
	return {
		'content-type': contentType,
		'content-disposition': `attachment; filename="${filename}"`,
		'access-control-allow-origin': '*',
		'cache-control': 'public, max-age=60'
	};
}

/**
 * A CSV file is data only, header first; what a note line used to say travels beside it (RFC 8288 links): the
 * licence and source note on /api, the Data Package's schema, and the same selection as JSON with its totals.
 */
export function csvHeaders(filename: string, url: URL): Record<string, string> {
	const links = [
		'</api#licence>; rel="license"',
		'</api/datapackage.zip>; rel="describedby"; type="application/zip"',
		`</api/initiatives.json${url.search}>; rel="alternate"; type="application/json"`
	];
	return { ...exportHeaders('text/csv; charset=utf-8', filename), link: links.join(', ') };
}
