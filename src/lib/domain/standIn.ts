// Which authority a selection lands on when the vintage does not draw the one asked for: the one that
// covers its area there, when there is exactly one. Search, the map's URL and the downloads all select
// through this, so a typed council and the same council in a link select the same.
import type { Vintage } from './authority.ts';
import { standInsOn, type PlacingAuthority } from './placeInitiatives.ts';

export interface Selection {
	/** The code selected on the vintage, or null when nothing can be. */
	code: string | null;
	/** What covers the asked-for area on the vintage (empty when the vintage draws it, or nothing does). */
	standIns: string[];
}

export function selectOn(code: string, register: ReadonlyMap<string, PlacingAuthority>, vintage: Vintage): Selection {
	const authority = register.get(code);
	if (!authority) return { code: null, standIns: [] };
	if (authority.vintages.includes(vintage)) return { code, standIns: [] };
	const standIns = standInsOn(code, register, vintage);
	return { code: standIns.length === 1 ? standIns[0] : null, standIns };
}
