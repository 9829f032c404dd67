// Loads the seed (data/seed: register, categories, programmes, initiatives and their savings figures, relations) into PocketBase. Idempotent:
// records are matched by code or slug and only changes are written. Nothing is written unless every
// initiative validates; the error lists each problem (the target is zero unresolved council names).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import type { Authority } from '#lib/domain/authority.ts';
import type { Category, Programme } from '#lib/domain/initiative.ts';
import { createResolver } from '#lib/domain/resolveAuthority.ts';
import { validateRelations, type Relation } from '#lib/domain/relations.ts';
import { validateImport } from '#lib/domain/validateImport.ts';
import { readAliases, withAliases } from './aliases.ts';
import { authorityRecord, authorityRecords } from './authorities.ts';
import { categoryRecord, categoryRecords } from './categories.ts';
import { withSavingsSheet, writeInitiatives, type ImportPlan } from './importInitiatives.ts';
import { programmeRecord, programmeRecords } from './programmes.ts';
import { writeRelations } from './relations.ts';
import { sameValues } from './sameValues.ts';
import { readLines, readTable, seedDir, SeedError } from './seedTable.ts';

export interface Changes {
	created: number;
	updated: number;
	unchanged: number;
}

export interface SeedResult {
	authorities: Changes;
	categories: Changes;
	programmes: Changes;
	initiatives: ImportPlan;
	relations: Changes;
}

/** relations.csv checked against the seed's initiatives; a seed without the file has no relations. */
export async function readRelations(slugs: ReadonlySet<string>, dir = seedDir): Promise<Relation[]> {
	const file = join(dir, 'relations.csv');
	let rows: Awaited<ReturnType<typeof readLines>>;
	try {
		rows = await readLines(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	const { relations, problems } = validateRelations(rows, slugs);
	if (problems.length > 0) throw new SeedError(file, problems);
	return relations;
}

export async function readCategories(dir = seedDir): Promise<Category[]> {
	return (await readTable(join(dir, 'categories.csv'))).map((row) => ({ slug: row.slug, name: row.name }));
}

export async function readProgrammes(dir = seedDir): Promise<Programme[]> {
	const amount = (value: string) => (value === '' ? null : Number(value));
	return (await readTable(join(dir, 'programmes.csv'))).map((row) => ({
		slug: row.id,
		theme: row.theme,
		name: row.name,
		summary: row.summary,
		priorities: row.lga_priorities
			.split(';')
			.map((item) => item.trim())
			.filter((item) => item !== ''),
		howToGetInvolved: row.how_to_get_involved,
		expectedSavingsText: row.expected_savings_text,
		expectedSavingsMin: amount(row.expected_savings_gbp_min),
		expectedSavingsMax: amount(row.expected_savings_gbp_max),
		period: row.period,
		source: row.source
	}));
}

type Batch = ReturnType<PocketBase['createBatch']>;

/** Queues creates and updates for records that differ, matched by key; returns what it queued. */
function upsert<T>(
	batch: Batch,
	collection: string,
	wanted: Map<string, T>,
	existing: Map<string, { id: string; value: T }>,
	body: (value: T) => Record<string, unknown>
): Changes {
	const changes: Changes = { created: 0, updated: 0, unchanged: 0 };
	for (const [key, value] of wanted) {
		const found = existing.get(key);
		if (!found) {
			batch.collection(collection).create(body(value));
			changes.created++;
		} else if (!sameValues(body(value), body(found.value))) {
			batch.collection(collection).update(found.id, body(value));
			changes.updated++;
		} else changes.unchanged++;
	}
	return changes;
}

/**
 * The seed as the loader writes it: every file read and validated, nothing written. Throws SeedError naming each
 * problem. `npm run data:check` calls it too, so a seed that passes the checker is one the loader accepts.
 */
export async function readSeed(register: readonly Authority[], dir = seedDir) {
	const [aliases, categories, programmes, initiativesCsv, savingsCsv] = await Promise.all([
		readAliases(dir),
		readCategories(dir),
		readProgrammes(dir),
		readFile(join(dir, 'initiatives.csv')),
		readFile(join(dir, 'savings.csv'))
	]);
	const authorities = withAliases(register, aliases);
	const context = {
		programmes: programmes.map((programme) => programme.slug),
		categories: categories.map((category) => category.slug),
		resolver: createResolver(authorities, [], 'check the spelling against the ONS name, give its GSS code, or add the name to data/seed/aliases.csv')
	};
	const validated = validateImport(initiativesCsv, context);
	if (validated.problems.length > 0) throw new SeedError(join(dir, 'initiatives.csv'), validated.problems);
	const withSavings = withSavingsSheet(validated.initiatives, savingsCsv, context);
	if ('problems' in withSavings) throw new SeedError(join(dir, 'savings.csv'), withSavings.problems);
	const relations = await readRelations(new Set(validated.initiatives.map((initiative) => initiative.slug)), dir);
	return { authorities, categories, programmes, drafts: withSavings.drafts, relations };
}

export async function seed(pb: PocketBase, register: readonly Authority[], dir = seedDir): Promise<SeedResult> {
	const { authorities, categories, programmes, drafts, relations } = await readSeed(register, dir);

	const [storedAuthorities, storedCategories, storedProgrammes] = await Promise.all([
		authorityRecords(pb),
		categoryRecords(pb),
		programmeRecords(pb)
	]);
	const batch = pb.createBatch();
	const result = {
		authorities: upsert(
			batch,
			'authorities',
			new Map(authorities.map((authority) => [authority.code, authority])),
			new Map([...storedAuthorities].map(([code, { id, authority }]) => [code, { id, value: authority }])),
			authorityRecord
		),
		categories: upsert(
			batch,
			'categories',
			new Map(categories.map((category) => [category.slug, category])),
			new Map([...storedCategories].map(([slug, { id, category }]) => [slug, { id, value: category }])),
			categoryRecord
		),
		programmes: upsert(
			batch,
			'programmes',
			new Map(programmes.map((programme) => [programme.slug, programme])),
			new Map([...storedProgrammes].map(([slug, { id, programme }]) => [slug, { id, value: programme }])),
			programmeRecord
		)
	};
	const queued = [result.authorities, result.categories, result.programmes].some((changes) => changes.created + changes.updated > 0);
	if (queued) await batch.send({ requestKey: null });
	const { plan } = await writeInitiatives(pb, drafts, { lifecycle: 'published' });
	const ids = await pb.collection('initiatives').getFullList({ fields: 'id,slug', batch: 1000, requestKey: null });
	const written = await writeRelations(pb, relations, new Map(ids.map((record) => [record.slug, record.id])));
	return { ...result, initiatives: plan, relations: written };
}
