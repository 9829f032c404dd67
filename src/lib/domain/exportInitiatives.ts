// Initiatives as downloadable files: CSV in the import template's columns (so an export imports back
// unchanged; its figures in savings.csv), JSON and GeoJSON (RFC 7946). The CSV files are data only, header
// first, as data tools read them; their licence note travels beside them (the Link header, the Data Package,
// /api). JSON and GeoJSON carry the note and the savings totals of what they hold, per kind and period
// (domain/savings), and, when the query selects a council, that council's share: the same figures the map,
// panel and council page show.
import type { FeatureCollection, MultiPoint } from 'geojson';
import type { Authority } from './authority.ts';
import { effectiveStatus, type EffectiveStatus } from './effectiveStatus.ts';
import type { Initiative, PlacedInitiative } from './initiative.ts';
import { authorityLabel, type Resolver } from './resolveAuthority.ts';
import { initiativeColumns } from './initiativeColumns.ts';
import { importColumns, type ImportColumn } from './validateImport.ts';
import { savingsColumns, savingsSheetRows } from './savings/readSavingsSheet.ts';
import { arrangementTotals, type SavingsTotals } from './savings/savingsTotals.ts';
import type { Relation } from './relations.ts';
import { csvDocument } from './csvText.ts';

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

function councilName(code: string, year: number | null, context: Pick<ExportContext, 'authorities' | 'resolver'>): string {
	const authority = context.authorities.get(code);
	if (!authority) return code;
	const label = authorityLabel(authority);
	return context.resolver.resolve(label, year).code === code ? label : code;
}

/** An initiative in the import template's columns, councils by the name that resolves back to their code. */
export function initiativeCsvRow(initiative: Initiative, context: Pick<ExportContext, 'authorities' | 'resolver'>): Record<ImportColumn, string> {
	const lead = initiative.participations.find((participation) => participation.role === 'lead');
	return {
		...initiativeColumns(initiative),
		lead_council: lead ? councilName(lead.code, initiative.startYear, context) : '',
		councils: initiative.participations.map((p) => councilName(p.code, initiative.startYear, context)).join('; ')
	};
}

/** The import template's columns, header first; a download imports back unchanged. */
export function initiativesCsv(initiatives: readonly Initiative[], context: Pick<ExportContext, 'authorities' | 'resolver'>): string {
	const rows = initiatives.map((initiative) => {
		const row = initiativeCsvRow(initiative, context);
		return importColumns.map((column) => row[column]);
	});
	return csvDocument(importColumns, rows);
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

export function initiativesJson(
	initiatives: readonly Initiative[],
	context: Pick<ExportContext, 'exportedAt' | 'selected' | 'relations'> & { query: string }
): InitiativesJson {
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
export function savingsCsv(initiatives: readonly Initiative[]): string {
	const rows = initiatives.flatMap((initiative) => {
		const names = new Map(initiative.participations.map((p) => [p.code, p.name]));
		return savingsSheetRows(initiative.slug, initiative.savings, names).map((row) => savingsColumns.map((column) => row[column]));
	});
	return csvDocument(savingsColumns, rows);
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
): FeatureCollection<MultiPoint, InitiativeProperties> & {
	licence: string;
	exportedAt: string;
	query: string;
	savingsTotals: SavingsTotals;
	selected: SelectedShare | null;
} {
	return {
		type: 'FeatureCollection',
		licence: licenceNote,
		exportedAt: context.exportedAt,
		query: context.query,
		savingsTotals: arrangementTotals(
			placed.map(({ initiative }) => initiative),
			context.relations
		),
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
