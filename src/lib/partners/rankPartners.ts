// Ranks candidate partners for an authority and a service category, with every reason shown.
// Only authorities that exist on the current map are candidates: a council merged away cannot partner.
import type { Authority, Vintage } from '../domain/authority.ts';
import { kindInText } from '../domain/kindLabel.ts';
import { distanceKm } from './distanceKm.ts';
import { partnerWeights as weights, type PartnerFactor } from './partnerWeights.ts';

/** An arrangement as the partner finder sees it: the councils it joins on the current map. */
export interface Arrangement {
	slug: string;
	name: string;
	codes: string[];
	/** True when the sources report it ended (or merged into another). */
	ended: boolean;
}

/** What a candidate already does, on the current map (historic records followed to successors). */
export interface PartnerActivity {
	/** Arrangements in the requested service (every service when none is chosen) that it runs with at least one other authority. */
	arrangements: Arrangement[];
	/** Every arrangement it runs with at least one other authority, whatever the service. */
	anyService: Arrangement[];
	/** Number of its partnerships with a reported saving. */
	withSavings: number;
}

/** The service the suggestions are for: its display name, or null for any service. */
export type ChosenService = string | null;

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

/** Running arrangements first, then ended ones (marked), each in alphabetical order, so a reason reads the same whatever order the records came in. */
const names = (arrangements: Arrangement[]) =>
	[...arrangements]
		.sort((a, b) => Number(a.ended) - Number(b.ended) || a.name.localeCompare(b.name))
		.map((a) => (a.ended ? `${a.name} (ended)` : a.name))
		.join('; ');

/** Arrangements the two councils run together, in any service: said as past only when every one of them has ended. */
function worksTogether(together: Arrangement[]): Reason {
	const detail = together.some((a) => !a.ended) ? `already work together: ${names(together)}` : `have worked together: ${names(together)}`;
	return { factor: 'worksTogether', points: weights.worksTogether, detail };
}

/** Arrangements the candidate runs with others that the target is not part of: ones it could join. */
function sharesService(joinable: Arrangement[], service: ChosenService): Reason {
	const detail =
		service === null
			? `already shares services with other councils: ${names(joinable)}`
			: `already shares this service (${service}) with other councils: ${names(joinable)}`;
	return { factor: 'sharesService', points: weights.sharesService, detail };
}

function reasonsFor(
	target: Authority,
	candidate: Authority,
	vintage: Vintage,
	activity: PartnerActivity | undefined,
	km: number,
	service: ChosenService
): Reason[] {
	const reasons: Reason[] = [];
	const together = activity?.anyService.filter((a) => a.codes.includes(target.code)) ?? [];
	const joinable = activity?.arrangements.filter((a) => !a.codes.includes(target.code)) ?? [];
	if (together.length > 0) reasons.push(worksTogether(together));
	if (target.neighbours[vintage]?.includes(candidate.code))
		reasons.push({ factor: 'neighbour', points: weights.neighbour, detail: 'shares a boundary' });
	if (candidate.region === target.region)
		reasons.push({ factor: 'sameRegion', points: weights.sameRegion, detail: `also in ${candidate.regionName}` });
	if (compatibleTier(target, candidate))
		reasons.push({ factor: 'compatibleTier', points: weights.compatibleTier, detail: `compatible tier (${kindInText(candidate.kind)})` });
	if (joinable.length > 0) reasons.push(sharesService(joinable, service));
	if (activity && activity.withSavings > 0) {
		reasons.push({
			factor: 'reportedSavings',
			points: weights.reportedSavings,
			detail: `${activity.withSavings} partnership${activity.withSavings === 1 ? '' : 's'} with achieved savings reported`
		});
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
	activity: ReadonlyMap<string, PartnerActivity>,
	service: ChosenService
): PartnerSuggestion[] {
	return register
		.filter((candidate) => candidate.code !== target.code && candidate.vintages.includes(vintage) && candidate.validTo === null)
		.map((candidate) => {
			const km = distanceKm(target.centroid, candidate.centroid);
			const reasons = reasonsFor(target, candidate, vintage, activity.get(candidate.code), km, service);
			const score = Math.round(reasons.reduce((sum, reason) => sum + reason.points, 0) * 10) / 10;
			return { authority: candidate, score, distanceKm: km, reasons };
		})
		.sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || a.authority.name.localeCompare(b.authority.name));
}
