// The explorer's page: the address of its data file (lib/server/explorerData.ts), fetched by the browser and
// kept by every cache on the way, so the HTML stays small. The URL's state is parsed in the page, so
// changing a filter never reruns this load; live updates rerun it through invalidateAll, and the page then
// fetches the data file again.
import type { PageServerLoad } from './$types';
import { currentExplorerDataUrl, explorerData, explorerNames } from '#lib/server/explorerData.ts';
import { readGeoManifest } from '#lib/server/readGeoManifest.ts';

export const load: PageServerLoad = async ({ locals, url, isDataRequest, untrack }) => {
	const data = await explorerData(locals);
	// The table view works without JavaScript, so its page carries the data itself (as JSON text: serialising
	// it as objects cost the server more than rendering the page). Reading the address untracked keeps
	// switching views or councils from rerunning this load.
	const inline = !isDataRequest && untrack(() => url.searchParams.get('view')) === 'table';
	// Other views carry only the names their address uses, for the title and link preview: the same whatever
	// initiatives change (for the page cache, they show none), so they stay cached through edits.
	const names =
		inline || isDataRequest
			? null
			: explorerNames(
					data.value,
					untrack(() => url.searchParams.get('authority'))
				);
	if (!inline) locals.shows = { councils: [], initiatives: [] };
	return { dataUrl: currentExplorerDataUrl, explorerJson: inline ? data.json : null, names, manifest: readGeoManifest() };
};
