// Builds each code's one-step predecessors and successors between the first and the last vintage, with
// the dates they changed, and proves every abolished authority leads to one that exists today.
import type { CodeChange } from './codeChanges.ts';
import { GeoInputError } from './GeoInputError.ts';

export interface Lineage {
	predecessors: string[];
	successors: string[];
	validFrom: string | null;
	validTo: string | null;
}

/**
 * @param first every code of the first vintage with its parent county (or null)
 * @param last every code of the last vintage
 */
export function successors(changes: CodeChange[], first: Map<string, string | null>, last: Set<string>): Map<string, Lineage> {
	const lineage = new Map<string, Lineage>();
	const entry = (code: string): Lineage => {
		if (!lineage.has(code)) lineage.set(code, { predecessors: [], successors: [], validFrom: null, validTo: null });
		return lineage.get(code)!;
	};
	const link = (from: string, to: string, year: number) => {
		if (!entry(from).successors.includes(to)) entry(from).successors.push(to);
		if (!entry(to).predecessors.includes(from)) entry(to).predecessors.push(from);
		// Councils are created and abolished on 1 April; validTo is the first day the successor runs.
		entry(from).validTo = entry(to).validFrom = `${year}-04-01`;
	};
	for (const code of [...first.keys(), ...last]) entry(code);
	const ordered = [...changes].sort((a, b) => a.year - b.year);
	for (const change of ordered) {
		if (!lineage.has(change.oldCode)) {
			const problem = `code ${change.oldCode} is neither in the first vintage nor created by an earlier change`;
			throw new GeoInputError(change.file, problem, change.oldCode);
		}
		if (change.newCode) link(change.oldCode, change.newCode, change.year);
	}
	// A terminated county has no successor code: the unitaries that took over its districts succeed it.
	const parentOf = (code: string): string | null => first.get(code) ?? lineage.get(code)!.predecessors.map(parentOf).find(Boolean) ?? null;
	for (const county of ordered.filter((c) => c.type === 'termination')) {
		const heirs = ordered.filter((c) => c.year === county.year && c.newCode && parentOf(c.oldCode) === county.oldCode);
		if (!heirs.length)
			throw new GeoInputError(county.file, `county ${county.oldCode} was terminated but no district of it has a successor`, county.oldCode);
		for (const heir of heirs) link(county.oldCode, heir.newCode!, county.year);
	}
	check(lineage, ordered, first, last);
	return lineage;
}

/** The current codes an authority's successors lead to (itself when it is current). */
export function currentHeirs(code: string, lineage: Map<string, Pick<Lineage, 'successors'>>, last: Set<string>, seen = new Set<string>()): string[] {
	if (last.has(code)) return [code];
	if (seen.has(code)) return [];
	seen.add(code);
	return [...new Set(lineage.get(code)?.successors.flatMap((next) => currentHeirs(next, lineage, last, seen)) ?? [])];
}

function check(lineage: Map<string, Lineage>, changes: CodeChange[], first: Map<string, string | null>, last: Set<string>): void {
	const files = [...new Set(changes.map((c) => c.file))].join(', ') || 'the code change tables';
	for (const [code, { predecessors, successors }] of lineage) {
		if (last.has(code) && successors.length) {
			throw new GeoInputError(files, `code ${code} is current but has successors ${successors.join(', ')}`, code);
		}
		if (!last.has(code) && !successors.length) {
			const origin = changes.find((change) => change.newCode === code);
			if (!origin) throw new GeoInputError(files, `code ${code} is not current and has no successor`, code);
			const problem = `code ${origin.oldCode} has an unknown successor ${code} (neither current nor replaced later)`;
			throw new GeoInputError(origin.file, problem, code);
		}
		if (!first.has(code) && !predecessors.length) {
			throw new GeoInputError(files, `code ${code} appears after the first vintage without a predecessor`, code);
		}
	}
}
