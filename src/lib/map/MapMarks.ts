// What the map marks over the fills, by code: the selection's outline, its partners' dashed outlines and the
// hatching of councils with no figure. Marks are drawn from sources of their own (MarkLayers.ts), never
// from feature-state, so what is asked for here and what is drawn can be compared (`DrawnMarks`).
export interface MapMarks {
	/** Outlined as selected (the explorer's one selection, or every council picked on the edit form). */
	selected: ReadonlySet<string>;
	/** Outlined dashed, unless also selected. */
	partners: ReadonlySet<string>;
	/** Hatched: councils without a figure (county councils, drawn as outlines only, never are). */
	noData: ReadonlySet<string>;
}

export const noMarks: MapMarks = { selected: new Set(), partners: new Set(), noData: new Set() };

/** The codes each mark is drawn for on screen now, sorted: read back from the rendered map. */
export interface DrawnMarks {
	selected: string[];
	partners: string[];
	noData: string[];
}
