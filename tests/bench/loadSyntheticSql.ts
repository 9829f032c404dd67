// Writes synthetic initiatives straight into PocketBase's SQLite file while PocketBase is stopped:
// 100k records through the API (with the audit hooks) take over twenty minutes; this takes seconds.
// Only for benchmark data: nothing else may bypass PocketBase's rules and hooks.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import type { SyntheticInitiative } from './synthetic.ts';

/** A synthetic initiative's one figure: achieved, a year, for the whole arrangement. */
function syntheticFigure(amount: number) {
	return {
		amount,
		kind: 'achieved',
		period: 'annual',
		fromYear: null,
		toYear: null,
		scope: '',
		reported: '',
		source: 'https://example.org/synthetic',
		basis: 'synthetic annual figure'
	};
}

export function loadSyntheticSql(dataDir: string, initiatives: SyntheticInitiative[]): void {
	const db = new DatabaseSync(join(dataDir, 'data.db'));
	const ids = (table: string, key: string) =>
		new Map((db.prepare(`SELECT id, ${key} AS k FROM ${table}`).all() as { id: string; k: string }[]).map((row) => [row.k, row.id]));
	const authorities = ids('authorities', 'code');
	const programmes = ids('programmes', 'slug');
	const categories = ids('categories', 'slug');
	const now = new Date().toISOString().replace('T', ' ');
	const idOf = (table: Map<string, string>, slug: string, what: string) => {
		if (!table.has(slug)) throw new Error(`synthetic initiatives name ${what} "${slug}", which the seeded PocketBase has not`);
		return table.get(slug)!;
	};
	const initiative = db.prepare(
		`INSERT INTO initiatives (id, slug, name, programme, category, status, start_year, end_year, description, savings, sources, lifecycle, created_by, updated_by, created, updated)
		 VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'Synthetic record for scaling benchmarks.', ?, '[{"url":"https://example.org/synthetic","title":"synthetic","date":""}]', 'published', '', '', ?, ?)`
	);
	const participation = db.prepare('INSERT INTO participations (id, initiative, authority, role, created, updated) VALUES (?, ?, ?, ?, ?, ?)');
	db.exec('BEGIN');
	for (const item of initiatives) {
		const index = Number(item.slug.split('-')[1]).toString(36).padStart(10, '0');
		initiative.run(
			item.id,
			item.slug,
			item.name,
			item.programme ? idOf(programmes, item.programme, 'the programme') : '',
			idOf(categories, item.category, 'the category'),
			item.status,
			item.startYear,
			JSON.stringify(item.annualSavings ? [syntheticFigure(item.annualSavings)] : []),
			now,
			now
		);
		item.members.forEach((code, i) =>
			participation.run(`p${index}${i.toString(36).padStart(4, '0')}`, item.id, authorities.get(code)!, i === 0 ? 'lead' : 'partner', now, now)
		);
	}
	db.exec('COMMIT');
	db.exec('ANALYZE');
	db.close();
}
