// Helpers for authorityStats.pb.js. authority_stats is a table derived from authorities, participations,
// initiatives, programmes and categories (pb_migrations/1795900000_materialise_authority_stats.js); a row
// is one authority's aggregate over its published initiatives, and an authority with none has no row.
// Rows are only ever replaced whole from the aggregate query, never adjusted by deltas, so a recompute
// cannot drift from what the query says.

// One bound JSON array rather than a list of placeholders, so any number of ids is one statement.
const inIds = 'IN (SELECT value FROM json_each({:ids}))';

// The view's query, grouped by the participation's authority with the authority joined after grouping:
// a third faster at 100k initiatives than joining it to each of the ~400k participations first.
// `only` restricts it to the authorities in the bound {:ids}.
const aggregate = (only) => `
	INSERT INTO authority_stats (id, code, name, count, annual_savings, total_savings, annual_savings_count, total_savings_count, led, programmes, categories)
	SELECT a.id, a.code, a.name, g.count, g.annual_savings, g.total_savings, g.annual_savings_count, g.total_savings_count, g.led, g.programmes, g.categories
	FROM (
		SELECT
		p.authority AS authority,
		count(i.id) AS count,
		total(i.annual_savings) AS annual_savings,
		total(i.total_savings) AS total_savings,
		count(nullif(i.annual_savings, 0)) AS annual_savings_count,
		count(nullif(i.total_savings, 0)) AS total_savings_count,
		count(CASE WHEN p.role = 'lead' THEN 1 END) AS led,
		json_group_array(DISTINCT pr.slug) AS programmes,
		json_group_array(DISTINCT c.slug) AS categories
		FROM initiatives i
		JOIN programmes pr ON pr.id = i.programme
		JOIN categories c ON c.id = i.category
		JOIN participations p ON p.initiative = i.id
		WHERE i.lifecycle = 'published' ${only ? `AND p.authority ${inIds}` : ''}
		GROUP BY p.authority
	) g
	JOIN authorities a ON a.id = g.authority
`;

/** Replaces every row. Start-up only: data written around PocketBase (benchmark loads, restores) has fired no hooks. */
function rebuild(app) {
	let table = null;
	try {
		table = app.findCollectionByNameOrId('authority_stats');
	} catch (_) {
		// A database the migrations have not reached yet (e.g. `migrate up` on a new data folder).
	}
	if (table == null || table.type !== 'base') return;
	app.runInTransaction((txApp) => {
		txApp.db().newQuery('DELETE FROM authority_stats').execute();
		txApp.db().newQuery(aggregate(false)).execute();
	});
}

/** Replaces the rows of these authorities only. */
function recompute(app, authorityIds) {
	const seen = {};
	const ids = authorityIds.filter((id) => id && !seen[id] && (seen[id] = true));
	if (ids.length === 0) return;
	const params = { ids: JSON.stringify(ids) };
	app.db().newQuery(`DELETE FROM authority_stats WHERE id ${inIds}`).bind(params).execute();
	app.db().newQuery(aggregate(true)).bind(params).execute();
}

/** The authorities taking part in initiatives that match `column = id` (column is ours, never input). */
function authoritiesWhere(app, column, id) {
	const rows = arrayOf(new DynamicModel({ authority: '' }));
	app.db()
		.newQuery(`SELECT DISTINCT p.authority AS authority FROM participations p JOIN initiatives i ON i.id = p.initiative WHERE i.${column} = {:id}`)
		.bind({ id })
		.all(rows);
	return rows.map((row) => row.authority);
}

/**
 * Model hooks: saves the record and recomputes the authorities `affected(app)` names in one transaction
 * (joining the request's or cascade's transaction when there is one), so readers never see a write
 * without its totals.
 */
function saveAndRecompute(e, affected) {
	const app = e.app;
	// A write of many records (lib/writeInitiatives.js) recomputes every authority it touched once, at its end.
	if (e.record.get('@defer-stats')) return e.next();
	try {
		app.runInTransaction((txApp) => {
			e.app = txApp;
			e.next();
			recompute(txApp, affected(txApp));
		});
	} finally {
		// The caller's app, not a transaction that has ended, is what PocketBase's after-save hooks get.
		e.app = app;
	}
}

// The initiative fields the aggregate reads; any other edit (a description, sources) leaves every row as it is.
const counted = ['lifecycle', 'annual_savings', 'total_savings', 'programme', 'category'];

/** Whether saving `after` over `before` can change any authority's row. */
function initiativeCounts(before, after) {
	const published = (record) => record.getString('lifecycle') === 'published';
	if (!published(before) && !published(after)) return false;
	return counted.some((field) => String(before.get(field)) !== String(after.get(field)));
}

module.exports = { rebuild, recompute, authoritiesWhere, saveAndRecompute, initiativeCounts };
