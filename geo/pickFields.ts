// Resolves logical field names (code, name, county, ...) to the columns a file really has, so the mirror's
// renamed AREACD/AREANM and ONS's original LAD24CD/LAD24NM both work and anything else stops the build.
import { GeoInputError } from './GeoInputError.ts';

export function pickFields<K extends string>(columns: readonly string[], wanted: Record<K, readonly string[]>, file: string): Record<K, string> {
	const picked = {} as Record<K, string>;
	for (const key of Object.keys(wanted) as K[]) {
		const column = wanted[key].find((name) => columns.includes(name));
		if (!column) {
			throw new GeoInputError(file, `expected a field ${wanted[key].join(' or ')} (for ${key}) but found ${columns.join(', ') || 'none'}`);
		}
		picked[key] = column;
	}
	return picked;
}
