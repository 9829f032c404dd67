// How much each reason counts when suggesting a partner. One readable table, so the LGA can argue about
// the numbers without reading the ranking code; the explanation shown to users names each.
export const partnerWeights = {
	/** Shares a boundary on today's map: the strongest geographic signal for a shared service. */
	neighbour: 30,
	/** Already runs an arrangement with the council, in any service: trust, governance and contacts exist. */
	worksTogether: 70,
	/** Same English region: similar labour market, existing regional networks. */
	sameRegion: 10,
	/** District with district or its own county; unitary-type with unitary-type; county with county. */
	compatibleTier: 15,
	/** Already runs an arrangement for the chosen service (any service when none is chosen) with others: one the council could join. */
	sharesService: 25,
	/** Has at least one partnership with a reported saving (of any basis). */
	reportedSavings: 5,
	/** Up to this many points for being close, falling linearly to zero at `distanceHorizonKm`. */
	proximity: 15,
	distanceHorizonKm: 150
} as const;

export type PartnerFactor = 'neighbour' | 'worksTogether' | 'sameRegion' | 'compatibleTier' | 'sharesService' | 'reportedSavings' | 'proximity';
