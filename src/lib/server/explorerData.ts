// Everything the explorer draws from (every published initiative with its savings figures, the programmes
// and categories, the relations between initiatives, the register without neighbour lists), as one
// content-addressed file (/data/explorer-<hash>.json) computed once per data version. The page names
// /data/explorer.json, which redirects to the current file: so the page neither carries half a megabyte of
// data nor changes when the data does, and stays in every cache through edits. The embeds and the map
// images draw from the same data.
import type { Authority } from '#lib/domain/authority.ts';
import type { ExplorerData } from '#lib/domain/explorerData.ts';
import { contentAddressed, type ContentAddressed } from '#lib/server/contentAddressed.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { sharedProgrammes } from '#lib/server/programmes.ts';
import { readRegisterWithoutNeighbours } from '#lib/server/register.ts';
import { sharedRelations } from '#lib/server/relations.ts';

async function collect(locals: App.Locals): Promise<ExplorerData> {
	const [programmes, categories, register, initiatives, relations] = await Promise.all([
		sharedProgrammes(locals),
		sharedCategories(locals),
		readRegisterWithoutNeighbours(),
		sharedPublishedInitiatives(locals),
		sharedRelations(locals)
	]);
	return { programmes, categories, register, initiatives, relations };
}

export function explorerData(locals: App.Locals): Promise<ContentAddressed<ExplorerData> & { url: string }> {
	return locals.memo('explorer-data', async () => {
		const file = contentAddressed(await collect(locals));
		return { ...file, url: explorerDataUrl(file.hash) };
	});
}

export const explorerDataUrl = (hash: string) => `/data/explorer-${hash}.json`;

/** The address the page names: always the current file (data/explorer.json/+server.ts). */
export const currentExplorerDataUrl = '/data/explorer.json';

/**
 * The little a page rendered without the data file needs to read its address as the browser will once the
 * file arrives: the names of programmes, categories and regions, and the council the address selects with
 * those it became or replaced. Link previews and the title are rendered from it (crawlers run no scripts).
 */
export interface ExplorerNames {
	programmes: [slug: string, name: string][];
	categories: [slug: string, name: string][];
	regions: [code: string, name: string][];
	authorities: Authority[];
}

export function explorerNames(data: ExplorerData, selected: string | null): ExplorerNames {
	const byCode = new Map(data.register.map((authority) => [authority.code, authority]));
	const authorities: Authority[] = [];
	const queue = selected ? [selected.trim().toUpperCase()] : [];
	const seen = new Set<string>();
	while (queue.length > 0) {
		const code = queue.shift()!;
		const authority = byCode.get(code);
		if (seen.has(code) || !authority) continue;
		seen.add(code);
		authorities.push(authority);
		queue.push(...authority.successors, ...authority.predecessors);
	}
	return {
		programmes: data.programmes.map((p) => [p.slug, p.name]),
		categories: data.categories.map((c) => [c.slug, c.name]),
		regions: [...new Map(data.register.map((a) => [a.region, a.regionName]))],
		authorities
	};
}
