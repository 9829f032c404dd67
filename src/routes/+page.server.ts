// The explorer's page: the name of its data file (_explorer/explorerData.ts), fetched by the browser and
// kept by every cache on the way, so the HTML stays small and the same for every vintage, view and filter.
// The URL's state is parsed in the page, so changing a filter never reruns this load; live updates rerun
// it through invalidateAll, and a changed file name makes the page fetch the new data.
import type { PageServerLoad } from './$types';
import { explorerData, explorerNames } from './_explorer/explorerData.ts';
import { readGeoManifest } from './_geo/readGeoManifest.ts';

export const load: PageServerLoad = async ({ locals, url, isDataRequest, untrack }) => {
	const data = await explorerData(locals);
	// The table view works without JavaScript, so its page carries the data itself (as JSON text: serialising
	// it as objects cost the server more than rendering the page). Reading the address untracked keeps
	// switching views or councils from rerunning this load.
	const inline = !isDataRequest && untrack(() => url.searchParams.get('view')) === 'table';
	// Other views carry only the names their address uses, for the title and link preview.
	const names = inline || isDataRequest ? null : explorerNames(data.value, untrack(() => url.searchParams.get('authority')));
	return { dataUrl: data.url, explorerJson: inline ? data.json : null, names, manifest: readGeoManifest() };
};
