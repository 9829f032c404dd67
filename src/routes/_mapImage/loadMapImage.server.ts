// Shared by /map.svg and /map.png: the explorer's URL state (its own parser and model, so the image and the
// page never disagree: a savings map colours by the one kind and period `figure=` chooses, as the explorer
// does) drawn as the map image, or a 400 naming what in the address was not understood.
import type { Authority } from '#lib/domain/authority.ts';
import { describeFilters } from '#lib/domain/describeFilters.ts';
import { explorerHref, parseExplorerState } from '#lib/domain/explorerState.ts';
import { explorerModel } from '#lib/domain/explorerModel.ts';
import { mapTitle } from '#lib/domain/mapTitle.ts';
import { withListingAsNoProgramme } from '#lib/domain/noProgramme.ts';
import { measureLabel, totalLabel } from '#lib/domain/savings/savingsLabels.ts';
import { totalFor } from '#lib/domain/savings/savingsTotals.ts';
import { renderMapSvg } from '#lib/geo/renderMapSvg.ts';
import { explorerMapInput } from '#lib/map/mapInput.ts';
import { colourScale } from '#lib/scales/colourScale.ts';
import { patternFor } from '#lib/scales/overlayPatterns.ts';
import { readMapShapes } from '#lib/server/mapShapes.ts';
import { explorerData } from '#lib/server/explorerData.ts';
import { readGeoManifest } from '#lib/server/readGeoManifest.ts';

export async function loadMapImage(locals: App.Locals, url: URL): Promise<string | Response> {
	// The explorer's own data, computed once per data version.
	const { programmes, categories, register: registerList, initiatives, relations } = (await explorerData(locals)).value;
	const register = new Map<string, Authority>(registerList.map((authority) => [authority.code, authority]));
	// An old address naming the LGA map listing as a programme is understood (as no programme), not refused.
	const { state, notices } = parseExplorerState(withListingAsNoProgramme(url.searchParams).params, {
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
	const model = explorerModel(initiatives, register, state, relations);
	const scale = colourScale(state.metric, state.measure);
	const programmeName = new Map(programmes.map((p) => [p.slug, p.name]));
	const { fills, marks } = explorerMapInput(model, scale, state.selected);
	const selected = state.selected ? register.get(state.selected) : undefined;
	// A savings map totals only the kind and period it colours by: figures of different ones are never added.
	const measureTotal = totalFor(model.totals.savings, state.measure);
	const savingsLine =
		state.metric === 'savings' || state.metric === 'perResident'
			? ` Savings reported, ${measureTotal ? totalLabel(measureTotal) : `${measureLabel(state.measure)}: none`}.`
			: '';
	const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
	return renderMapSvg({
		geometry: await readMapShapes(state.view === 'hex' ? 'hex' : 'map', state.vintage),
		fills: fills.states,
		marks,
		scale,
		overlays: state.overlays.map((slug, i) => ({
			name: programmeName.get(slug) ?? slug,
			pattern: patternFor(i),
			codes: model.overlayCodes.get(slug) ?? new Set()
		})),
		title: mapTitle(scale.title, state.vintage, selected?.name ?? null),
		filterLine: describeFilters(state.filters, {
			programme: (slug) => programmeName.get(slug) ?? slug,
			category: (slug) => categories.find((c) => c.slug === slug)?.name ?? slug,
			region: (code) => registerList.find((a) => a.region === code)?.regionName ?? code
		}),
		footer: [
			`Drawn on ${date}. ${model.totals.initiatives} initiatives involving ${model.totals.authorities} councils.${savingsLine} Council shared services map: ${url.origin}/${explorerHref({ ...state, view: state.view === 'table' ? 'map' : state.view })}`,
			'Initiatives: compiled from public sources (council minutes and press releases, LGA case studies, trade press); savings as the sources report them.',
			readGeoManifest()?.attribution ?? 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0.'
		],
		showsSelection: Boolean(selected)
	});
}
