// An initiative as the import template's text columns (every column but the councils), so the CSV export
// and the edit form write a record the same way and an export or a saved form reads back unchanged.
import type { ImportColumn, InitiativeDraft } from './validateImport.ts';

export type TextColumn = Exclude<ImportColumn, 'councils' | 'lead_council'>;

export function initiativeColumns(initiative: InitiativeDraft): Record<TextColumn, string> {
	const [main] = initiative.sources;
	const amount = (value: number | null) => (value === null ? '' : String(value));
	return {
		id: initiative.slug,
		name: initiative.name,
		programme: initiative.programme,
		service_category: initiative.category,
		status: initiative.status,
		status_as_of: initiative.statusAsOf,
		lga_map_listed: initiative.lgaMapListed ? 'yes' : '',
		start_year: amount(initiative.startYear),
		end_year: amount(initiative.endYear),
		description: initiative.description,
		source_url: initiative.sources.map((source) => source.url).join(' ; '),
		source_title: main?.title ?? '',
		source_date: main?.date ?? '',
		source_is_mirror: main?.mirror ? 'yes' : ''
	};
}
