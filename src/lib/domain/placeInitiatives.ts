// Draws initiatives on a boundary vintage. A participant that the vintage does not draw is replaced by
// the authorities that cover its area there: its successors when the map is later than the participant
// (Taunton Deane on today's map is Somerset), its predecessors when the map is earlier.
import { currentVintage, type Authority, type Vintage } from './authority.ts';
import type { Initiative, PlacedInitiative } from './initiative.ts';

export type PlacingAuthority = Pick<Authority, 'code' | 'name' | 'vintages' | 'successors' | 'predecessors' | 'validFrom' | 'validTo'>;

/** The day each vintage's boundaries describe. */
const vintageDates: Record<Vintage, string> = { '2012': '2012-12-31', '2024': '2024-12-31' };

export function placeInitiatives(
	initiatives: readonly Initiative[],
	register: ReadonlyMap<string, PlacingAuthority>,
	vintage: Vintage
): PlacedInitiative[] {
	return initiatives.map((initiative) => placeInitiative(initiative, register, vintage));
}

export function placeInitiative(initiative: Initiative, register: ReadonlyMap<string, PlacingAuthority>, vintage: Vintage): PlacedInitiative {
	const codes = new Set<string>();
	const substitutions: PlacedInitiative['substitutions'] = [];
	for (const { code } of initiative.participations) {
		const standIns = standInsOn(code, register, vintage);
		for (const standIn of standIns) codes.add(standIn);
		if (standIns.length !== 1 || standIns[0] !== code) substitutions.push({ from: code, to: standIns });
	}
	return { initiative, vintage, codes: [...codes], viaSuccessor: substitutions.length > 0, substitutions };
}

/** The codes that draw `code`'s area on the vintage; [] when the code is unknown or leads nowhere. */
export function standInsOn(code: string, register: ReadonlyMap<string, PlacingAuthority>, vintage: Vintage): string[] {
	const found: string[] = [];
	const seen = new Set<string>();
	const queue = [code];
	while (queue.length > 0) {
		const next = queue.shift()!;
		if (seen.has(next)) continue;
		seen.add(next);
		const authority = register.get(next);
		if (!authority) continue;
		if (authority.vintages.includes(vintage)) {
			if (!found.includes(next)) found.push(next);
			continue;
		}
		queue.push(...(isBefore(authority, vintage) ? authority.successors : authority.predecessors));
	}
	return found;
}

/** True when the authority had ended by the vintage's date (so its successors stand in). */
function isBefore(authority: PlacingAuthority, vintage: Vintage): boolean {
	if (authority.validTo !== null && authority.validTo <= vintageDates[vintage]) return true;
	if (authority.validFrom !== null && authority.validFrom > vintageDates[vintage]) return false;
	// No dates to go by: an authority with successors but drawn on neither vintage ended in between.
	return authority.successors.length > 0 && vintage === currentVintage;
}
