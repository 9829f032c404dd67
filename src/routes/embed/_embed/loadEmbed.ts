// Data for an embedded map: the explorer's data (computed once per data version, _explorer/explorerData.ts),
// read without the visitor's session (a frame on another site carries no cookies, and the page must not
// depend on them), with the headers that let any site frame it. The data is in the page, not fetched: an
// embed shows the initiatives at once.
import type { ServerLoadEvent } from '@sveltejs/kit';
import { explorerData } from '../../_explorer/explorerData.ts';
import { readGeoManifest } from '../../_geo/readGeoManifest.ts';

export async function loadEmbed({ locals, setHeaders }: Pick<ServerLoadEvent, 'locals' | 'setHeaders'>) {
	setHeaders({ 'content-security-policy': 'frame-ancestors *', 'cache-control': 'public, max-age=60' });
	const data = await explorerData(locals);
	return { explorer: data.value, explorerJson: data.json, manifest: readGeoManifest() };
}
