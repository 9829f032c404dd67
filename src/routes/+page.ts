// Runs before the page hydrates: a map view needs MapLibre (a large chunk) before anything else it
// draws, so its download starts here rather than when the map component mounts.
import { browser } from '$app/env';
import { loadMapContext } from '#lib/map/loadMapContext.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data, url, untrack }) => {
	if (browser && untrack(() => url.searchParams.get('view')) !== 'table') void loadMapContext();
	return data;
};
