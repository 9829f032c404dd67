// Ranks candidate partners for an authority and a service category, with every reason shown.
// Only authorities that exist on the current map are candidates: a council merged away cannot partner.
import type { Authority, Vintage } from '../domain/authority.ts';
import { distanceKm } from './distanceKm.ts';
import { partnerWeights as weights, type PartnerFactor } from './partnerWeights.ts';

/** What a candidate already does, on the current map (historic records followed to successors). */
export interface PartnerActivity {
	/** Arrangements in the requested category that it runs with at least one other authority. */
	arrangements: { slug: string; name: string }[];
	/** Number of its partnerships with a reported saving. */
	withSavings: number;
}

export interface Reason {
	factor: PartnerFactor;
	points: number;
	detail: string;
}

export interface PartnerSuggestion {
	authority: Authority;
	score: number;
	distanceKm: number;
	reasons: Reason[];
}

function compatibleTier(a: Authority, b: Authority): boolean {
	if (a.tier === 'lower' && b.tier === 'lower') return true;
	if (a.tier === 'lower' && b.tier === 'upper') return a.parent === b.code;
	if (a.tier === 'upper' && b.tier === 'lower') return b.parent === a.code;
	return a.tier === b.tier;
}

function reasonsFor(target: Authority, candidate: Authority, vintage: Vintage, activity: PartnerActivity | undefined, km: number): Reason[] {
	const reasons: Reason[] = [];
	if (target.neighbours[vintage]?.includes(candidate.code)) reasons.push({ factor: 'neighbour', points: weights.neighbour, detail: 'shares a boundary' });
	if (candidate.region === target.region) reasons.push({ factor: 'sameRegion', points: weights.sameRegion, detail: `also in ${candidate.regionName}` });
	if (compatibleTier(target, candidate)) reasons.push({ factor: 'compatibleTier', points: weights.compatibleTier, detail: `compatible tier (${candidate.kind})` });
	if (activity?.arrangements.length) {
		const names = activity.arrangements.map((a) => a.name).join('; ');
		reasons.push({ factor: 'sharesService', points: weights.sharesService, detail: `already shares this service: ${names}` });
	}
	if (activity && activity.withSavings > 0) {
		reasons.push({ factor: 'reportedSavings', points: weights.reportedSavings, detail: `${activity.withSavings} partnership${activity.withSavings === 1 ? '' : 's'} with achieved savings reported` });
	}
	const proximity = Math.max(0, weights.proximity * (1 - km / weights.distanceHorizonKm));
	if (proximity > 0) reasons.push({ factor: 'proximity', points: Math.round(proximity * 10) / 10, detail: `${Math.round(km)} km between centres` });
	return reasons;
}

/**
 * Scores every other authority of `vintage` and returns them best first. Ties break on distance
 * (nearer first), then name, so the order is stable.
 */
export function rankPartners(
	target: Authority,
	register: Authority[],
	vintage: Vintage,
	activity: ReadonlyMap<string, PartnerActivity>
): PartnerSuggestion[] {
	return register
		.filter((candidate) => candidate.code !== target.code && candidate.vintages.includes(vintage) && candidate.validTo === null)
		.map((candidate) => {
			const km = distanceKm(target.centroid, candidate.centroid);
			const reasons = reasonsFor(target, candidate, vintage, activity.get(candidate.code), km);
			const score = Math.round(reasons.reduce((sum, reason) => sum + reason.points, 0) * 10) / 10;
			return { authority: candidate, score, distanceKm: km, reasons };
		})
		.sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || a.authority.name.localeCompare(b.authority.name));
}
