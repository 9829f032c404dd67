// The explorer data a server render of the table view draws from, passed from the page's server load to its
// universal load in the same process. What a server load returns is serialised into the page; this is not,
// so the table view's HTML carries the rows it shows and the browser fetches the data file to hydrate them
// (the same content-addressed file the map views fetch, likely in its cache already).
//
// Keyed by that file's address, which names its content: a render can only ever be handed the data it asked
// for, whichever data version other renders are on. The last few addresses are kept, enough for the renders
// of an old version still under way when a new one arrives; the data itself is shared with the server's
// per-version memo, so holding it costs nothing while that memo holds it too.
import type { ExplorerData } from '#lib/domain/explorerData.ts';

const kept = new Map<string, ExplorerData>();
const keep = 4;

export function handOver(address: string, data: ExplorerData): void {
	kept.delete(address);
	kept.set(address, data);
	for (const [oldest] of kept) {
		if (kept.size <= keep) break;
		kept.delete(oldest);
	}
}

/** The data handed over under `address`, or undefined in the browser (where nothing is) or once let go. */
export const handedOver = (address: string): ExplorerData | undefined => kept.get(address);
