// Assembles the authority register: one Authority record per code drawn in any vintage or passed through
// between them (Somerset West and Taunton, 2019-2023), with kind, tier, parent, lineage, neighbours,
// placement, population and aliases. Spec: src/lib/domain/authority.ts.
import type { Authority, Vintage } from '../src/lib/domain/authority.ts';
import { aliases } from './aliases.ts';
import type { CodeChange } from './codeChanges.ts';
import type { Placement } from './placement.ts';
import { kindOf, tierOf } from './kindOf.ts';
import type { Lineage } from './successors.ts';

export interface RegisterVintage {
	vintage: Vintage;
	year: number;
	/** Every drawn code (authorities and counties) with its name, county and region. */
	entries: Map<string, { name: string; parent: string | null; region: string; regionName: string }>;
	neighbours: Map<string, string[]>;
	placements: Map<string, Placement>;
	place(codes: string[]): Placement;
	population: Map<string, number>;
}

/** @param vintages oldest first */
export function register(vintages: RegisterVintage[], lineage: Map<string, Lineage>, changes: CodeChange[]): Authority[] {
	const codes = [...new Set([...vintages.flatMap((v) => [...v.entries.keys()]), ...lineage.keys()])].sort();
	const drawnIn = (code: string) => vintages.filter((v) => v.entries.has(code));
	const changeNames = (code: string) => changes.flatMap((c) => (c.oldCode === code ? [c.oldName] : c.newCode === code ? [c.newName ?? ''] : []));
	// Codes drawn in no vintage inherit region, county and shape from the authorities they replaced.
	const ancestry = (code: string): { vintage: RegisterVintage; codes: string[] } => {
		const drawn = drawnIn(code);
		if (drawn.length) return { vintage: drawn[drawn.length - 1], codes: [code] };
		const parts = (lineage.get(code)?.predecessors ?? []).map(ancestry);
		return { vintage: parts[0].vintage, codes: parts.flatMap((part) => part.codes) };
	};
	return codes.map((code): Authority => {
		const drawn = drawnIn(code);
		const { vintage: home, codes: shapeCodes } = ancestry(code);
		const entry = home.entries.get(shapeCodes[0])!;
		const name = drawn.length ? home.entries.get(code)!.name : changeNames(code).find(Boolean)!;
		const kind = kindOf(code);
		const links = lineage.get(code) ?? { predecessors: [], successors: [], validFrom: null, validTo: null };
		return {
			code,
			name,
			aliases: aliases(name, [...drawn.map((v) => v.entries.get(code)!.name), ...changeNames(code)].filter(Boolean)),
			kind,
			tier: tierOf(kind),
			region: entry.region,
			regionName: entry.regionName,
			parent: kind === 'non-metropolitan district' ? entry.parent : null,
			validFrom: links.validFrom,
			validTo: links.validTo,
			predecessors: [...links.predecessors].sort(),
			successors: [...links.successors].sort(),
			vintages: drawn.map((v) => v.vintage),
			neighbours: Object.fromEntries(drawn.map((v) => [v.vintage, v.neighbours.get(code) ?? []])),
			...(drawn.length ? home.placements.get(code)! : home.place(shapeCodes)),
			population: drawn.map((v) => ({ year: v.year, value: v.population.get(code)! }))
		};
	});
}
