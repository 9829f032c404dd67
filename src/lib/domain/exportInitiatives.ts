// Initiatives as downloadable files: CSV in the import template's columns (so an export imports back
// unchanged; its figures in savings.csv), JSON and GeoJSON (RFC 7946). Every file carries the licence and
// source note and the savings totals of what it holds, per kind and period (domain/savings), and, when the
// query selects a council, that council's share: the same figures the map, panel and council page show.
import type { FeatureCollection, MultiPoint } from 'geojson';
import type { Authority } from './authority.ts';
import { effectiveStatus, type EffectiveStatus } from './effectiveStatus.ts';
import type { Initiative, PlacedInitiative } from './initiative.ts';
import { authorityLabel, type Resolver } from './resolveAuthority.ts';
import { initiativeColumns } from './initiativeColumns.ts';
import { importColumns, type ImportColumn } from './validateImport.ts';
import { savingsColumns, savingsSheetRows } from './savings/readSavingsSheet.ts';
import { shareMixLabel, totalLabel } from './savings/savingsLabels.ts';
import { arrangementTotals, type SavingsTotals } from './savings/savingsTotals.ts';
import { countedInitiatives, type Relation } from './relations.ts';

export const licenceNote =
	'Council Shared Services Map. Initiatives compiled from public sources (council minutes and press releases, LGA publications, ' +
	'government pages, news reports); each initiative cites its sources, which keep their own copyright. Savings are as the sources ' +
	'report them, each typed as achieved, a target or a loss avoided, annual or cumulative, and never added across kinds or periods; ' +
	'they were not audited. Council codes: Source: ' +
	'Office for National Statistics licensed under the Open Government Licence v.3.0. Check the cited source before relying on a figure.';

export type ExportAuthority = Pick<Authority, 'code' | 'name' | 'kind' | 'centroid'>;

export interface ExportContext {
	authorities: ReadonlyMap<string, ExportAuthority>;
	/** Names that would not resolve back to the same code are written as the code. */
	resolver: Resolver;
	/** ISO timestamp of the export. */
	exportedAt: string;
	/** The selected council's share of the exported initiatives' savings, when the query selects one. */
	selected?: SelectedShare | null;
	/** Relations between the initiatives, so totals count a part or predecessor once (countedInitiatives). */
	relations: readonly Relation[];
}

export interface SelectedShare {
	code: string;
	name: string;
	savings: SavingsTotals;
}

/** The savings lines of a file's notes: the arrangements' totals, then the selected council's share. */
export function savingsNotes(initiatives: readonly Initiative[], selected: SelectedShare | null | undefined, relations: readonly Relation[]): string[] {
	const totals = arrangementTotals(initiatives, relations);
	const counted = countedInitiatives(initiatives, relations).length;
	const once = counted === initiatives.length ? '' : ` (${counted} counted: ${initiatives.length - counted} are part of, or were succeeded by, another of them)`;
	const lines = [`Savings of these ${initiatives.length} initiatives${once}, per kind and period: ${totals.length === 0 ? 'none reported' : totals.map(totalLabel).join('; ')}.`];
	if (selected) {
		const share = selected.savings.map((total) => `${totalLabel(total)} (${shareMixLabel(total)})`);
		lines.push(`${selected.name}'s share (its own figure where the source gives one, else an equal share of the councils named): ${share.length === 0 ? 'none reported' : share.join('; ')}.`);
	}
	return lines;
}

const formulaStart = /^[=+\-@\t\r]/;

/** A leading apostrophe stops Excel, LibreOffice and Sheets running the text as a formula. */
export function neutralise(cell: string): string {
	return formulaStart.test(cell) ? `'${cell}` : cell;
}

function csvField(value: string): string {
	const safe = neutralise(value);
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function councilName(code: string, year: number | null, context: ExportContext): string {
	const authority = context.authorities.get(code);
	if (!authority) return code;
	const label = authorityLabel(authority);
	return context.resolver.resolve(label, year).code === code ? label : code;
}

function csvRow(initiative: Initiative, context: ExportContext): Record<ImportColumn, string> {
	const lead = initiative.participations.find((participation) => participation.role === 'lead');
	return {
		...initiativeColumns(initiative),
		lead_council: lead ? councilName(lead.code, initiative.startYear, context) : '',
		councils: initiative.participations.map((p) => councilName(p.code, initiative.startYear, context)).join('; ')
	};
}

/** UTF-8 with a byte order mark and CRLF line ends, which is what Excel opens without asking. */
export function initiativesCsv(initiatives: readonly Initiative[], context: ExportContext): string {
	const lines = [
		csvField(`# ${licenceNote} Exported ${context.exportedAt}.`),
		...savingsNotes(initiatives, context.selected, context.relations).map((line) => csvField(`# ${line}`)),
		importColumns.join(','),
		...initiatives.map((initiative) => {
			const row = csvRow(initiative, context);
			return importColumns.map((column) => csvField(row[column])).join(',');
		})
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface InitiativesJson {
	licence: string;
	exportedAt: string;
	/** The query the file answers, as given in the URL. */
	query: string;
	count: number;
	/** Totals of the initiatives' savings per kind and period (each arrangement's whole figure). */
	savingsTotals: SavingsTotals;
	/** The selected council's share, when the query selects one. */
	selected: SelectedShare | null;
	/** Each with the status views show (`status` is as the evidence last said it). */
	initiatives: (Initiative & { effectiveStatus: EffectiveStatus })[];
}

export function initiativesJson(initiatives: readonly Initiative[], context: Pick<ExportContext, 'exportedAt' | 'selected' | 'relations'> & { query: string }): InitiativesJson {
	return {
		licence: licenceNote,
		exportedAt: context.exportedAt,
		query: context.query,
		count: initiatives.length,
		savingsTotals: arrangementTotals(initiatives, context.relations),
		selected: context.selected ?? null,
		initiatives: initiatives.map((initiative) => ({ ...initiative, effectiveStatus: effectiveStatus(initiative) }))
	};
}

/** The initiatives' savings figures in the savings sheet's format (data/API.md), which imports back. */
export function savingsCsv(initiatives: readonly Initiative[], context: Pick<ExportContext, 'exportedAt' | 'selected' | 'relations'>): string {
	const lines = [
		csvField(`# ${licenceNote} Exported ${context.exportedAt}.`),
		...savingsNotes(initiatives, context.selected, context.relations).map((line) => csvField(`# ${line}`)),
		savingsColumns.join(','),
		...initiatives.flatMap((initiative) => {
			const names = new Map(initiative.participations.map((p) => [p.code, p.name]));
			return savingsSheetRows(initiative.slug, initiative.savings, names).map((row) => savingsColumns.map((column) => csvField(row[column])).join(','));
		})
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface InitiativeProperties {
	slug: string;
	name: string;
	programme: string;
	category: string;
	status: Initiative['status'];
	statusAsOf: string;
	/** The status views show, with its as-of date and whether the abolition of every council ended it. */
	effectiveStatus: EffectiveStatus;
	lgaMapListed: boolean;
	startYear: number | null;
	endYear: number | null;
	savings: Initiative['savings'];
	/** Codes as the initiative names them. */
	participants: string[];
	/** Codes drawn on the vintage (successors or predecessors standing in where needed). */
	codes: string[];
	vintage: string;
	sources: Initiative['sources'];
}

/** One feature per initiative: a MultiPoint of its authorities' label points on the vintage. */
export function initiativesGeoJson(
	placed: readonly PlacedInitiative[],
	context: Pick<ExportContext, 'authorities' | 'exportedAt' | 'selected' | 'relations'> & { query: string }
): FeatureCollection<MultiPoint, InitiativeProperties> & { licence: string; exportedAt: string; query: string; savingsTotals: SavingsTotals; selected: SelectedShare | null } {
	return {
		type: 'FeatureCollection',
		licence: licenceNote,
		exportedAt: context.exportedAt,
		query: context.query,
		savingsTotals: arrangementTotals(placed.map(({ initiative }) => initiative), context.relations),
		selected: context.selected ?? null,
		features: placed.map(({ initiative, codes, vintage }) => ({
			type: 'Feature',
			id: initiative.slug,
			geometry: {
				type: 'MultiPoint',
				coordinates: codes.flatMap((code) => {
					const centroid = context.authorities.get(code)?.centroid;
					return centroid ? [centroid] : [];
				})
			},
			properties: {
				slug: initiative.slug,
				name: initiative.name,
				programme: initiative.programme,
				category: initiative.category,
				status: initiative.status,
				statusAsOf: initiative.statusAsOf,
				effectiveStatus: effectiveStatus(initiative),
				lgaMapListed: initiative.lgaMapListed,
				startYear: initiative.startYear,
				endYear: initiative.endYear,
				savings: initiative.savings,
				participants: initiative.participations.map((participation) => participation.code),
				codes,
				vintage,
				sources: initiative.sources
			}
		}))
	};
}
