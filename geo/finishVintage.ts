// Everything one vintage contributes to the outputs once its codes are known: the simplified boundaries,
// the hex layout, populations and the neighbours and label points the register needs.
import type { CodeChange } from './codeChanges.ts';
import { drawVintage } from './drawVintage.ts';
import { hexLayout } from './hex.ts';
import type { Sources } from './locateSources.ts';
import { population } from './population.ts';
import { readTable } from './readTable.ts';
import type { VintageInput } from './readVintage.ts';
import type { RegisterVintage } from './register.ts';
import type { SimplifyOptions } from './simplify.ts';
import { sizeEntry, sourceGzipBytes, type SizeEntry } from './sizeReport.ts';

export interface FinishedVintage {
	boundaries: string;
	hex: string;
	size: SizeEntry;
	register: RegisterVintage;
}

export function finishVintage(
	sources: Sources,
	input: VintageInput,
	changes: CodeChange[],
	budgetBytes: number,
	detail: SimplifyOptions
): FinishedVintage {
	const spec = sources.config.vintages[input.vintage];
	// Some sources publish a vintage's hexes or figures on codes given after it (the 2013 re-codings).
	const recodings = changes.filter((c) => c.type === 'new_code' && input.parents.has(c.oldCode));
	const recoded = new Map(recodings.map((c) => [c.newCode!, c.oldCode]));
	const hex = hexLayout(sources.input(spec.hex).path, new Set(input.features.map((f) => f.code)), recoded);
	const tables = spec.population.flatMap((key) => {
		const table = sources.optional(key);
		return table ? [{ file: table.path, rows: readTable(table.path), fields: table.fields }] : [];
	});
	const populations = population(tables, input.parents, recoded);
	const drawing = drawVintage(input.features, budgetBytes, detail);
	const entries: RegisterVintage['entries'] = new Map();
	for (const f of input.features) entries.set(f.code, { name: f.name, parent: f.county, region: f.region, regionName: f.regionName });
	for (const [code, county] of input.counties) entries.set(code, { ...county, parent: null });
	return {
		boundaries: drawing.boundaries.json,
		hex: JSON.stringify(hex),
		size: sizeEntry(drawing.boundaries, { authorities: input.features.length, counties: input.counties.size }, sourceGzipBytes(input.features)),
		register: { vintage: input.vintage, year: input.year, entries, ...drawing, population: populations }
	};
}
