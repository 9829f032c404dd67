// Ranked partner suggestions as CSV for the partner finder's download: UTF-8 with a BOM and CRLF (what Excel
// opens without asking), a points and a reason column for every factor, and text that could run as a
// spreadsheet formula neutralised (a council name is data, never a formula).
import type { Authority } from '../domain/authority.ts';
import { licenceNote } from '../domain/exportInitiatives.ts';
import { csvField } from '../domain/csvText.ts';
import { partnerWeights, type PartnerFactor } from './partnerWeights.ts';
import type { PartnerSuggestion } from './rankPartners.ts';

/** Column order of the factors, as the weights module lists them. */
export const partnerFactors: readonly PartnerFactor[] = [
	'neighbour',
	'worksTogether',
	'sameRegion',
	'compatibleTier',
	'sharesService',
	'reportedSavings',
	'proximity'
];

const snake = (factor: PartnerFactor) => factor.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export const partnersCsvColumns = [
	'rank',
	'code',
	'name',
	'kind',
	'region',
	'score',
	'distance_km',
	...partnerFactors.flatMap((factor) => [`${snake(factor)}_points`, `${snake(factor)}_reason`])
];

export interface PartnersCsvContext {
	target: Pick<Authority, 'code' | 'name'>;
	/** Category name, or null for any service. */
	category: string | null;
	exportedAt: string;
}

export function partnersCsv(suggestions: readonly PartnerSuggestion[], context: PartnersCsvContext): string {
	const about =
		`Partner suggestions for ${context.target.name} (${context.target.code}), ${context.category ?? 'any service'}; ` +
		`weights ${JSON.stringify(partnerWeights)}. ${licenceNote} Exported ${context.exportedAt}.`;
	const rows = suggestions.map((suggestion, index) => {
		const reasons = new Map(suggestion.reasons.map((reason) => [reason.factor, reason]));
		return [
			index + 1,
			suggestion.authority.code,
			suggestion.authority.name,
			suggestion.authority.kind,
			suggestion.authority.regionName,
			suggestion.score,
			Math.round(suggestion.distanceKm * 10) / 10,
			...partnerFactors.flatMap((factor) => [reasons.get(factor)?.points ?? 0, reasons.get(factor)?.detail ?? ''])
		];
	});
	const lines = [csvField(`# ${about}`), partnersCsvColumns.join(','), ...rows.map((row) => row.map(csvField).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
