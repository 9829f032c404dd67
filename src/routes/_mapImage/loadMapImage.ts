// Shared by /map.svg and /map.png: the explorer's URL state (its own parser, so the image and the page
// never disagree) drawn as the map image, or a 400 naming what in the address was not understood.
import type PocketBase from 'pocketbase';
import type { Authority } from '#lib/domain/authority.ts';
import { describeFilters } from '#lib/domain/describeFilters.ts';
import { explorerHref, parseExplorerState } from '#lib/domain/explorerState.ts';
import { explorerModel } from '#lib/domain/explorerModel.ts';
import { renderMapSvg } from '#lib/geo/renderMapSvg.ts';
import { explorerStateTables } from '#lib/map/stateTables.ts';
import { colourScale } from '#lib/scales/colourScale.ts';
import { patternFor } from '#lib/scales/overlayPatterns.ts';
import { listCategories } from '#lib/server/categories.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { readMapShapes } from '#lib/server/mapShapes.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { readRegister } from '#lib/server/register.ts';
import { readGeoManifest } from '../_geo/readGeoManifest.ts';

export async function loadMapImage(pb: PocketBase, url: URL): Promise<string | Response> {
	const [programmes, categories, registerList, initiatives] = await Promise.all([listProgrammes(pb), listCategories(pb), readRegister(), listPublishedInitiatives(pb)]);
	const register = new Map<string, Authority>(registerList.map((authority) => [authority.code, authority]));
	const { state, notices } = parseExplorerState(url.searchParams, {
		programmes: programmes.map((p) => p.slug),
		categories: categories.map((c) => c.slug),
		regions: [...new Set(registerList.map((a) => a.region))],
		authorities: register
	});
	// A council the vintage does not draw but one council stands for is a selection made, not a problem.
	const refused = notices.filter((notice) => !(notice.param === 'authority' && state.selected !== null));
	if (refused.length > 0) {
		const message = `This map image's address has settings it could not use: ${refused.map((n) => n.message).join(' ')} The explorer's own addresses (after /?) always work here.`;
		return new Response(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	const model = explorerModel(initiatives, register, state);
	const scale = colourScale(state.metric);
	const programmeName = new Map(programmes.map((p) => [p.slug, p.name]));
	const tables = explorerStateTables(model, scale, state.selected);
	const selected = state.selected ? register.get(state.selected) : undefined;
	const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
	return renderMapSvg({
		geometry: await readMapShapes(state.view === 'hex' ? 'hex' : 'map', state.vintage),
		states: new Map([...tables.authorities, ...tables.counties]),
		scale,
		overlays: state.overlays.map((slug, i) => ({ name: programmeName.get(slug) ?? slug, pattern: patternFor(i), codes: model.overlayCodes.get(slug) ?? new Set() })),
		title: `${scale.title.replace(/ \(.*\)$/, '')} by council, councils as in ${state.vintage}${selected ? `: ${selected.name} and its partners` : ''}`,
		filterLine: describeFilters(state.filters, {
			programme: (slug) => programmeName.get(slug) ?? slug,
			category: (slug) => categories.find((c) => c.slug === slug)?.name ?? slug,
			region: (code) => registerList.find((a) => a.region === code)?.regionName ?? code
		}),
		footer: [
			`Drawn on ${date}. ${model.totals.initiatives} initiatives involving ${model.totals.authorities} councils. Council shared services map: ${url.origin}/${explorerHref({ ...state, view: state.view === 'table' ? 'map' : state.view })}`,
			'Initiatives: compiled from public sources (council minutes and press releases, LGA case studies, trade press); savings as the sources report them.',
			readGeoManifest()?.attribution ?? 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0.'
		],
		showsSelection: Boolean(selected)
	});
}
