// Draws one vintage: the full-detail topology (for neighbours and label points) and the browser's
// boundaries file with authorities, counties and regions sharing arcs, simplified to fit the budget.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { buildTopology, type AuthorityTopology } from './buildTopology.ts';
import { fitBudget } from './fitBudget.ts';
import type { JoinedFeature } from './joinCodes.ts';
import { mergeTiers } from './mergeTiers.ts';
import { neighbours } from './neighbours.ts';
import { placement, type Placement } from './placement.ts';
import { simplifyTopology, type SimplifyOptions } from './simplify.ts';

type Layer = GeometryCollection<{ name: string }>;
export type Boundaries = Topology<{ authorities: Layer; counties: Layer; regions: Layer }>;

export interface VintageDrawing {
	boundaries: { json: string; gzipBytes: number; arcs: number; points: number; options: SimplifyOptions };
	neighbours: Map<string, string[]>;
	placements: Map<string, Placement>;
	/** Placement of a union of this vintage's authorities (for codes drawn in no vintage). */
	place(codes: string[]): Placement;
}

export function drawVintage(features: JoinedFeature[], budgetBytes: number, start: SimplifyOptions): VintageDrawing {
	const source = buildTopology(features);
	const tiers = tiersOf(features);
	const { authorities, counties } = tiers(source).objects;
	const full = { authorities: authorities.geometries, counties: counties.geometries };
	const singleTier = full.authorities.filter((geometry) => !String(geometry.id).startsWith('E07'));
	const countyCodes = new Set(full.counties.map((county) => String(county.id)));
	const shapeOf = (geometry: GeometryObject) => (feature(source, geometry) as Feature).geometry as Polygon | MultiPolygon;
	const fitted = fitBudget((options) => tiers(simplifyTopology(source, options)), budgetBytes, start);
	return {
		boundaries: {
			json: fitted.json,
			gzipBytes: fitted.gzipBytes,
			arcs: fitted.value.arcs.length,
			points: fitted.value.arcs.reduce((sum, arc) => sum + arc.length, 0),
			options: fitted.options
		},
		neighbours: new Map([...neighbours(full.authorities), ...neighbours([...full.counties, ...singleTier], countyCodes)]),
		placements: new Map([...full.authorities, ...full.counties].map((geometry) => [String(geometry.id), placement(shapeOf(geometry))])),
		place: (codes) => placement(shapeOf(mergeTiers(source, full.authorities, (code) => (codes.includes(code) ? 'union' : null), new Map())[0]))
	};
}

/** Adds the counties and regions, merged from the authorities, to a topology of `features`. */
function tiersOf(features: JoinedFeature[]) {
	const byCode = new Map(features.map((f) => [f.code, f]));
	const names = new Map<string, string>();
	for (const f of features) {
		names.set(f.region, f.regionName);
		if (f.county) names.set(f.county, f.countyName ?? f.county);
	}
	const layer = (geometries: GeometryObject[]): Layer => ({ type: 'GeometryCollection', geometries }) as Layer;
	return (topology: AuthorityTopology) => {
		const authorities = topology.objects.authorities.geometries;
		const counties = mergeTiers(topology, authorities, (code) => byCode.get(code)!.county, names);
		const regions = mergeTiers(topology, authorities, (code) => byCode.get(code)!.region, names);
		return { ...topology, objects: { authorities: layer(authorities), counties: layer(counties), regions: layer(regions) } } as Boundaries;
	};
}
