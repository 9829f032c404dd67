// Data for an embedded map: the explorer's data (computed once per data version, lib/server/explorerData.ts),
// read without the visitor's session (a frame on another site carries no cookies, and the page must not
// depend on them). That any site may frame it is the security headers' business
// (src/lib/server/securityHeaders.ts, by its path). The data is in the page, not fetched: an embed shows
// the initiatives at once.
import type { ServerLoadEvent } from '@sveltejs/kit';
import { explorerData } from '#lib/server/explorerData.ts';
import { readGeoManifest } from '#lib/server/readGeoManifest.ts';

export async function loadEmbed({ locals, setHeaders }: Pick<ServerLoadEvent, 'locals' | 'setHeaders'>) {
	setHeaders({ 'cache-control': 'public, max-age=60' });
	const data = await explorerData(locals);
	return { explorer: data.value, explorerJson: data.json, manifest: readGeoManifest() };
}
