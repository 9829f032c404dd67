// Runs before the page hydrates: a map view needs MapLibre (a large chunk) before anything else it
// draws, so its download starts here rather than when the map component mounts; the data file is asked
// for at the same time. On the server a map view renders without the data (the browser fetches it).
import { browser } from '$app/env';
import { loadMapContext } from '#lib/map/loadMapContext.ts';
import type { PageLoad } from './$types';
import type { ExplorerData } from '#lib/domain/explorerData.ts';

/**
 * The last data text read and what it parsed to. On the server every table-view render of one data version
 * is handed the same text, so it is parsed once, not once per render (views only read the data).
 */
let lastParsed: { json: string; data: ExplorerData } | null = null;

function parsed(json: string): ExplorerData {
	if (lastParsed?.json !== json) lastParsed = { json, data: JSON.parse(json) as ExplorerData };
	return lastParsed.data;
}

export const load: PageLoad = ({ data, url, untrack, fetch }) => {
	if (browser && untrack(() => url.searchParams.get('view')) !== 'table') void loadMapContext();
	const { explorerJson, ...rest } = data;
	let explorer: ExplorerData | Promise<ExplorerData> | null = null;
	if (explorerJson) explorer = parsed(explorerJson);
	else if (browser)
		explorer = fetch(data.dataUrl).then((response) => {
			if (!response.ok) throw new Error(`${data.dataUrl}: ${response.status}`);
			return response.json() as Promise<ExplorerData>;
		});
	return { ...rest, explorer };
};
