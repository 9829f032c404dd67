// Everything the explorer draws from (every published initiative with its savings figures, the programmes
// and categories, the relations between initiatives, the register without neighbour lists), as one
// content-addressed file (/data/explorer-<hash>.json) computed once per data version: the page names the
// file instead of carrying half a megabyte of it.
import { contentAddressed, type ContentAddressed } from '#lib/server/contentAddressed.ts';
import { listCategories } from '#lib/server/categories.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { readRegisterWithoutNeighbours } from '#lib/server/register.ts';
import { listRelations } from '#lib/server/relations.ts';

async function collect(locals: App.Locals) {
	const [programmes, categories, register, initiatives, relations] = await Promise.all([
		listProgrammes(locals.pb),
		listCategories(locals.pb),
		readRegisterWithoutNeighbours(),
		locals.memo('published-initiatives', () => listPublishedInitiatives(locals.pb)),
		listRelations(locals.pb)
	]);
	return { programmes, categories, register, initiatives, relations };
}

export type ExplorerData = Awaited<ReturnType<typeof collect>>;

export function explorerData(locals: App.Locals): Promise<ContentAddressed<ExplorerData> & { url: string }> {
	return locals.memo('explorer-data', async () => {
		const file = contentAddressed(await collect(locals));
		return { ...file, url: explorerDataUrl(file.hash) };
	});
}

export const explorerDataUrl = (hash: string) => `/data/explorer-${hash}.json`;
