// What each council already does, for the partner finder's "already work together", "already shares"
// and "reported savings" reasons: built from published initiatives placed on the current map, so a
// partnership of Taunton Deane counts for Somerset today.
import type { PlacedInitiative } from '../domain/initiative.ts';
import { arrangementSavings } from '../domain/savings/arrangementSavings.ts';
import type { PartnerActivity } from './rankPartners.ts';

/** A record naming two or more authorities: an arrangement others could join (one council alone is a project). */
const isArrangement = ({ initiative }: PlacedInitiative) => initiative.participations.length >= 2;

/** Statuses after which the councils no longer run the arrangement together. */
const over = new Set(['ended', 'merged']);

/**
 * Per code on the placed vintage: its arrangements that still join two or more councils there, in `category`
 * (any category when null) and in every category, and how many of its arrangements in any category report an
 * achieved saving (a target or a loss avoided is not evidence that sharing saved money).
 */
export function partnerActivity(placed: readonly PlacedInitiative[], category: string | null): Map<string, PartnerActivity> {
	const activity = new Map<string, PartnerActivity>();
	const entry = (code: string) => {
		let found = activity.get(code);
		if (!found) activity.set(code, (found = { arrangements: [], anyService: [], withSavings: 0 }));
		return found;
	};
	for (const item of placed.filter(isArrangement)) {
		const { slug, name, status, savings } = item.initiative;
		// Partners that merged into one council no longer form an arrangement anyone could join.
		const joint = item.codes.length >= 2;
		const arrangement = { slug, name, codes: item.codes, ended: over.has(status) };
		const saved = arrangementSavings(savings).some((figure) => figure.kind === 'achieved');
		for (const code of item.codes) {
			if (joint) entry(code).anyService.push(arrangement);
			if (joint && (category === null || item.initiative.category === category)) entry(code).arrangements.push(arrangement);
			if (saved) entry(code).withSavings += 1;
		}
	}
	return activity;
}
