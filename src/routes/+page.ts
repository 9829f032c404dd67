// Runs before the page hydrates: a map view needs MapLibre (a large chunk) before anything else it
// draws, so its download starts here rather than when the map component mounts; the data file is asked
// for at the same time. On the server a map view renders without the data (the browser fetches it); the
// table view renders its rows from the data its server load handed over (see _explorer/handOver.ts), and
// in the browser waits for the data file before hydrating them, so the rows it hydrates are the rows sent.
import { browser } from '$app/env';
import { loadMapContext } from '#lib/map/loadMapContext.ts';
import type { PageLoad } from './$types';
import type { ExplorerData } from '#lib/domain/explorerData.ts';
import { handedOver } from './_explorer/handOver.ts';

export const load: PageLoad = async ({ data, url, untrack, fetch }) => {
	const table = untrack(() => url.searchParams.get('view')) === 'table';
	if (browser && !table) void loadMapContext();
	const fetched = () =>
		fetch(data.dataUrl).then((response) => {
			if (!response.ok) throw new Error(`${data.dataUrl}: ${response.status}`);
			return response.json() as Promise<ExplorerData>;
		});
	if (!browser) return { ...data, explorer: handedOver(data.dataUrl) ?? null };
	const pending = fetched();
	if (!table) return { ...data, explorer: pending };
	try {
		return { ...data, explorer: await pending };
	} catch {
		// The page says the data could not be loaded, as a map view does, rather than failing whole.
		return { ...data, explorer: pending };
	}
};
