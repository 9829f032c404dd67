// How the explorer's tier and status filter values read to people: the facet lists, the line that names
// the filters under a map image or in a link preview, and insights' tier tables use these same words.
import type { Tier } from './authority.ts';

export const tierLabels: Record<Tier, string> = {
	upper: 'County councils',
	lower: 'District councils',
	single: 'Single-tier councils'
};

/** The tier's label within a sentence ("showing county councils"). */
export function tierInText(tier: Tier): string {
	const label = tierLabels[tier];
	return label.charAt(0).toLowerCase() + label.slice(1);
}

export const statusLabels: Record<string, string> = {
	operational: 'Operational',
	planned: 'Planned',
	ended: 'Ended',
	merged: 'Merged',
	unknown: 'Not known'
};
