// The heading of one explorer view in words: the map image's title and the explorer's link preview say the
// same thing. The colour scale's title names the savings kind and period, so a savings map always says
// which one figure it shows; its unit note in brackets is left to the legend.
import type { Vintage } from './authority.ts';

export function mapTitle(scaleTitle: string, vintage: Vintage, selectedName: string | null = null): string {
	const subject = scaleTitle.replace(/ \(.*\)$/, '');
	return `${subject}, by council, councils as in ${vintage}${selectedName ? `: ${selectedName} and its partners` : ''}`;
}
