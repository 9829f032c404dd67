// How the explorer's tier and status filter values read to people: the facet lists, and the line that
// names the filters under a map image or in a link preview, use these same words.
export const tierLabels: Record<string, string> = {
	upper: 'County councils',
	lower: 'District councils (two-tier areas)',
	single: 'Unitary, metropolitan and London councils'
};

export const statusLabels: Record<string, string> = {
	operational: 'Operational',
	planned: 'Planned',
	ended: 'Ended',
	merged: 'Merged',
	unknown: 'Not known'
};
