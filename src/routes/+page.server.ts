// The explorer's page: the address of its data file (lib/server/explorerData.ts), fetched by the browser and
// kept by every cache on the way, so the HTML stays small. The URL's state is parsed in the page, so
// changing a filter never reruns this load; live updates rerun it through invalidateAll, and the page then
// fetches the data file again.
import type { PageServerLoad } from './$types';
import { currentExplorerDataUrl, explorerData, explorerNames } from '#lib/server/explorerData.ts';
import { readGeoManifest } from '#lib/server/readGeoManifest.ts';
import { handOver } from './_explorer/handOver.ts';

export const load: PageServerLoad = async ({ locals, url, isDataRequest, untrack }) => {
	const data = await explorerData(locals);
	// The table view works without JavaScript, so the server renders its rows: from the data handed to the
	// universal load in memory, not in the page (the browser fetches the same file to hydrate them). Reading
	// the address untracked keeps switching views or councils from rerunning this load.
	const table = !isDataRequest && untrack(() => url.searchParams.get('view')) === 'table';
	if (table) {
		handOver(data.url, data.value);
		return { dataUrl: data.url, names: null, manifest: readGeoManifest() };
	}
	// Other views carry only the names their address uses, for the title and link preview: the same whatever
	// initiatives change (for the page cache, they show none), so they stay cached through edits.
	const names = isDataRequest
		? null
		: explorerNames(
				data.value,
				untrack(() => url.searchParams.get('authority'))
			);
	locals.shows = { councils: [], initiatives: [] };
	return { dataUrl: currentExplorerDataUrl, names, manifest: readGeoManifest() };
};
