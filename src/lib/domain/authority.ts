// The authority register's types: one record per English council code that existed in either
// boundary vintage, as written by the geo pipeline (geo/README.md) and loaded into PocketBase.

/** A boundary vintage: the councils as at December 2012, and as at December 2024 (current). */
export type Vintage = '2012' | '2024';
export const vintages: readonly Vintage[] = ['2012', '2024'];
export const currentVintage: Vintage = '2024';
/** The vintage the map opens on: the councils the LGA's 2012 programmes worked with. */
export const defaultVintage: Vintage = '2012';

export type AuthorityKind =
	'county' | 'non-metropolitan district' | 'unitary' | 'metropolitan district' | 'london borough' | 'city of london' | 'isles of scilly';

/** upper: county council; lower: district in a two-tier area; single: every other kind. */
export const tiers = ['upper', 'lower', 'single'] as const;
export type Tier = (typeof tiers)[number];

export interface Authority {
	/** ONS GSS code, e.g. E07000190. */
	code: string;
	/** Name as of the latest vintage the authority exists in. */
	name: string;
	/** Former names and common variants ("Shepway", "Bristol City Council"); never the current name. */
	aliases: string[];
	kind: AuthorityKind;
	tier: Tier;
	/** E12 region code and name. */
	region: string;
	regionName: string;
	/** County code for two-tier districts; null otherwise. */
	parent: string | null;
	/**
	 * ISO dates, half-open: validTo is the first day of the successor (reorganisations take effect on 1 April).
	 * null when the authority already existed in the 2012 vintage, or is still valid.
	 */
	validFrom: string | null;
	validTo: string | null;
	/** Codes this authority replaced / was replaced by (direct, one step). */
	predecessors: string[];
	successors: string[];
	/** The boundary vintages that draw this authority. */
	vintages: Vintage[];
	/** Authorities sharing a boundary, per vintage (counties with counties and unitaries, lower tier with lower tier and unitaries). */
	neighbours: Partial<Record<Vintage, string[]>>;
	/** A label point inside the shape [lon, lat] and its bounding box [w, s, e, n]. */
	centroid: [number, number];
	bbox: [number, number, number, number];
	/** ONS mid-year estimates where a source gives them. */
	population: { year: number; value: number }[];
}

/** Each two-tier district's county (district code → county code), for drawing counties around their districts. */
export function countiesOfDistricts(authorities: Iterable<Authority>): Map<string, string> {
	const counties = new Map<string, string>();
	for (const authority of authorities) if (authority.parent) counties.set(authority.code, authority.parent);
	return counties;
}

/** What abolishedOn needs of an authority; without successors a code's end counts as the council's end. */
export type LifespanAuthority = Pick<Authority, 'name' | 'validTo'> & { successors?: readonly string[]; kind?: Authority['kind'] };

/**
 * The day a council ceased to exist, or null while it exists. A council recoded under the same name and kind
 * (a boundary change gave it a new GSS code, as Gateshead in 2013) lives on under its successor code, so
 * the successor's end counts, not the old code's.
 */
export function abolishedOn(code: string, lookup: (code: string) => LifespanAuthority | undefined): string | null {
	let current = lookup(code);
	for (let steps = 0; current && current.validTo !== null && steps < 20; steps++) {
		const name = current.name;
		const successors = current.successors ?? [];
		const renamed = successors.length === 1 ? lookup(successors[0]) : undefined;
		// Same name and kind: a new code for the same council. A county replaced by a unitary of the same
		// name (Somerset, 2023) is a different council, so the county was abolished.
		if (!renamed || renamed.name !== name || (current.kind !== undefined && renamed.kind !== undefined && renamed.kind !== current.kind))
			return current.validTo;
		current = renamed;
	}
	return current?.validTo ?? null;
}
