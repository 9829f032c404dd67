// Reads one vintage's boundaries and lookups into English authorities with GSS code, county and region,
// checking that the kind implied by each code agrees with the lookup (districts, and only they, have a county).
import type { Vintage } from '../src/lib/domain/authority.ts';
import { GeoInputError } from './GeoInputError.ts';
import { joinCodes, type JoinedFeature } from './joinCodes.ts';
import { readBoundaries } from './readBoundaries.ts';
import { readTable } from './readTable.ts';
import type { Sources } from './locateSources.ts';

export interface VintageInput {
	vintage: Vintage;
	year: number;
	features: JoinedFeature[];
	counties: Map<string, { name: string; region: string; regionName: string }>;
	/** Every code of the vintage, counties included, with its county (null for counties and single tier). */
	parents: Map<string, string | null>;
}

export function readVintage(sources: Sources, vintage: Vintage): VintageInput {
	const spec = sources.config.vintages[vintage];
	const boundaries = sources.input(spec.boundaries);
	const features = joinCodes(
		readBoundaries(boundaries.path, boundaries.fields as { code: string[]; name: string[] }),
		boundaries.path,
		spec.lookups.map((key) => {
			const lookup = sources.input(key);
			return { file: lookup.path, rows: readTable(lookup.path), fields: lookup.fields };
		})
	);
	const lookupFile = sources.input(spec.lookups[0]).path;
	const counties: VintageInput['counties'] = new Map();
	for (const item of features) {
		const district = item.code.startsWith('E07');
		if (district !== Boolean(item.county)) {
			const problem = district ? 'is a district without a county' : 'is not a district but has a county';
			throw new GeoInputError(lookupFile, `code ${item.code} ${problem}`, item.code);
		}
		if (!item.county) continue;
		const county = counties.get(item.county) ?? { name: item.countyName ?? item.county, region: item.region, regionName: item.regionName };
		if (county.region !== item.region) {
			throw new GeoInputError(lookupFile, `county ${item.county} spans regions ${county.region} and ${item.region}`, item.county);
		}
		counties.set(item.county, county);
	}
	const parents = new Map<string, string | null>(features.map((f) => [f.code, f.county]));
	for (const code of counties.keys()) parents.set(code, null);
	return { vintage, year: spec.year, features, counties, parents };
}
