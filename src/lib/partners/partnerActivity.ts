// What each council already does, for the partner finder's "already shares this service" and "reported
// savings" reasons: built from published initiatives placed on the current map, so a partnership of
// Taunton Deane counts for Somerset today.
import type { PlacedInitiative } from '../domain/initiative.ts';
import { arrangementSavings } from '../domain/savings/arrangementSavings.ts';
import type { PartnerActivity } from './rankPartners.ts';

/** A record naming two or more authorities: an arrangement others could join (one council alone is a project). */
const isArrangement = ({ initiative }: PlacedInitiative) => initiative.participations.length >= 2;

/**
 * Per code on the placed vintage: its arrangements in `category` (any category when null) that still join
 * two or more councils there, and how many of its arrangements in any category report an achieved saving
 * (a target or a loss avoided is not evidence that sharing saved money).
 */
export function partnerActivity(placed: readonly PlacedInitiative[], category: string | null): Map<string, PartnerActivity> {
	const activity = new Map<string, PartnerActivity>();
	const entry = (code: string) => {
		let found = activity.get(code);
		if (!found) activity.set(code, (found = { arrangements: [], withSavings: 0 }));
		return found;
	};
	for (const item of placed.filter(isArrangement)) {
		const { slug, name, savings } = item.initiative;
		// Partners that merged into one council no longer form an arrangement anyone could join.
		const joinable = item.codes.length >= 2 && (category === null || item.initiative.category === category);
		const saved = arrangementSavings(savings).some((figure) => figure.kind === 'achieved');
		for (const code of item.codes) {
			if (joinable) entry(code).arrangements.push({ slug, name });
			if (saved) entry(code).withSavings += 1;
		}
	}
	return activity;
}
