// Helpers for authorityStats.pb.js. authority_stats is a table derived from authorities, participations,
// initiatives, programmes and categories (pb_migrations/1795900000_materialise_authority_stats.js); a row
// is one authority's aggregate over its published initiatives, and an authority with none has no row.
// Rows are only ever replaced whole from the aggregate query, never adjusted by deltas, so a recompute
// cannot drift from what the query says.

// One bound JSON array rather than a list of placeholders, so any number of ids is one statement.
const inIds = 'IN (SELECT value FROM json_each({:ids}))';

// The aggregate, grouped by the participation's authority with the authority joined after grouping: a
// third faster at 100k initiatives than joining it to each of the ~400k participations first. Savings are
// the authority's shares per kind and period (src/lib/domain/savings/authorityShare.ts): an arrangement's
// figure for that authority where it gives one, otherwise an equal split of its whole-arrangement figure
// among the authorities it names; an arrangement is left out when one it is part of, or one that succeeded
// it (through any chain of published links), names the authority too, as countedInitiatives
// (src/lib/domain/relations.ts) leaves it out of the authority's set. `only` restricts it to the
// authorities in the bound {:ids}, read from their participations first: CROSS JOIN holds SQLite to that
// order, since left to choose it walked every published initiative and looked for each of the ids among
// its participations, which made recomputing many authorities slower than rebuilding them all.
const figures = "json_each(CASE WHEN json_valid(i.savings) AND json_type(i.savings) = 'array' THEN i.savings ELSE '[]' END)";
const covers = (related) => `
	WITH RECURSIVE
	links AS (
		${
			related
				? `SELECT r.from_initiative AS part, r.to_initiative AS whole
		FROM initiative_relations r
		JOIN initiatives a ON a.id = r.from_initiative
		JOIN initiatives b ON b.id = r.to_initiative
		WHERE a.lifecycle = 'published' AND b.lifecycle = 'published'`
				: "SELECT '' AS part, '' AS whole WHERE 0"
		}
	),
	covers(initiative, cover) AS (
		SELECT part, whole FROM links
		UNION
		SELECT c.initiative, l.whole FROM covers c JOIN links l ON l.part = c.cover
	)`;

/** Whether initiative_relations exists: migrations run down past it still save initiatives, firing these hooks. */
function hasRelations(app) {
	try {
		app.findCollectionByNameOrId('initiative_relations');
		return true;
	} catch (_) {
		return false;
	}
}

const aggregate = (only, related) => `
	${covers(related)}
	INSERT INTO authority_stats (id, code, name, count, led, programmes, categories, savings)
	SELECT a.id, a.code, a.name, g.count, g.led, g.programmes, g.categories, coalesce(s.savings, '[]')
	FROM (
		SELECT
		p.authority AS authority,
		count(i.id) AS count,
		count(CASE WHEN p.role = 'lead' THEN 1 END) AS led,
		json_group_array(DISTINCT pr.slug) AS programmes,
		json_group_array(DISTINCT c.slug) AS categories
		${
			only
				? `FROM participations p
		CROSS JOIN initiatives i ON i.id = p.initiative
		LEFT JOIN programmes pr ON pr.id = i.programme
		JOIN categories c ON c.id = i.category
		WHERE i.lifecycle = 'published' AND p.authority ${inIds}`
				: `FROM initiatives i
		LEFT JOIN programmes pr ON pr.id = i.programme
		JOIN categories c ON c.id = i.category
		JOIN participations p ON p.initiative = i.id
		WHERE i.lifecycle = 'published'`
		}
		GROUP BY p.authority
	) g
	JOIN authorities a ON a.id = g.authority
	LEFT JOIN (
		SELECT authority, json_group_array(json_object('kind', figure_kind, 'period', figure_period, 'amount', amount, 'count', count, 'own', own)) AS savings
		FROM (
			SELECT p.authority AS authority,
			json_extract(f.value, '$.kind') AS figure_kind,
			json_extract(f.value, '$.period') AS figure_period,
			total(CASE WHEN json_extract(f.value, '$.scope') = '' THEN json_extract(f.value, '$.amount') * 1.0 / (SELECT count(*) FROM participations q WHERE q.initiative = i.id) ELSE json_extract(f.value, '$.amount') END) AS amount,
			count(*) AS count,
			count(CASE WHEN json_extract(f.value, '$.scope') <> '' THEN 1 END) AS own
			FROM participations p
			JOIN authorities pa ON pa.id = p.authority
			JOIN initiatives i ON i.id = p.initiative
			JOIN ${figures} f
			WHERE i.lifecycle = 'published' ${only ? `AND p.authority ${inIds}` : ''}
			AND NOT EXISTS (SELECT 1 FROM covers c JOIN participations o ON o.initiative = c.cover WHERE c.initiative = i.id AND o.authority = p.authority)
			AND (json_extract(f.value, '$.scope') = pa.code OR (json_extract(f.value, '$.scope') = '' AND NOT EXISTS (
				SELECT 1 FROM ${figures} o
				WHERE json_extract(o.value, '$.scope') = pa.code
				AND json_extract(o.value, '$.kind') = json_extract(f.value, '$.kind')
				AND json_extract(o.value, '$.period') = json_extract(f.value, '$.period')
			)))
			GROUP BY p.authority, figure_kind, figure_period
		)
		GROUP BY authority
	) s ON s.authority = g.authority
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
		txApp
			.db()
			.newQuery(aggregate(false, hasRelations(txApp)))
			.execute();
	});
}

/** Replaces the rows of these authorities only. */
function recompute(app, authorityIds) {
	const seen = {};
	const ids = authorityIds.filter((id) => id && !seen[id] && (seen[id] = true));
	if (ids.length === 0) return;
	const params = { ids: JSON.stringify(ids) };
	app.db().newQuery(`DELETE FROM authority_stats WHERE id ${inIds}`).bind(params).execute();
	app
		.db()
		.newQuery(aggregate(true, hasRelations(app)))
		.bind(params)
		.execute();
}

/** The authorities taking part in initiatives that match `column = id` (column is ours, never input). */
function authoritiesWhere(app, column, id) {
	const rows = arrayOf(new DynamicModel({ authority: '' }));
	app
		.db()
		.newQuery(`SELECT DISTINCT p.authority AS authority FROM participations p JOIN initiatives i ON i.id = p.initiative WHERE i.${column} = {:id}`)
		.bind({ id })
		.all(rows);
	return rows.map((row) => row.authority);
}

/**
 * The authorities taking part in any initiative linked to this one by a chain of relations, either way and
 * whatever their lifecycle: whether each of them is counted depends on the links and on what is published.
 */
function authoritiesRelated(app, initiativeIds) {
	if (!hasRelations(app)) return initiativeIds.flatMap((id) => authoritiesWhere(app, 'id', id));
	const rows = arrayOf(new DynamicModel({ authority: '' }));
	app
		.db()
		.newQuery(
			`
			WITH RECURSIVE
			edges(a, b) AS (SELECT from_initiative, to_initiative FROM initiative_relations UNION ALL SELECT to_initiative, from_initiative FROM initiative_relations),
			linked(initiative) AS (SELECT value FROM json_each({:ids}) UNION SELECT e.b FROM linked l JOIN edges e ON e.a = l.initiative)
			SELECT DISTINCT p.authority AS authority FROM linked l JOIN participations p ON p.initiative = l.initiative`
		)
		.bind({ ids: JSON.stringify(initiativeIds.filter((id) => id)) })
		.all(rows);
	return rows.map((row) => row.authority);
}

/**
 * The other members of an initiative whose rows change when a council joins or leaves it: only when it is
 * published and gives a whole-arrangement figure, whose equal share depends on how many it names.
 */
function authoritiesSharing(app, initiativeId) {
	const rows = arrayOf(new DynamicModel({ authority: '' }));
	app
		.db()
		.newQuery(
			`
			SELECT DISTINCT p.authority AS authority FROM participations p JOIN initiatives i ON i.id = p.initiative
			WHERE i.id = {:id} AND i.lifecycle = 'published'
			AND EXISTS (SELECT 1 FROM ${figures} f WHERE json_extract(f.value, '$.scope') = '')`
		)
		.bind({ id: initiativeId })
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
const counted = ['lifecycle', 'savings', 'programme', 'category'];

/** Whether saving `after` over `before` can change any authority's row. */
function initiativeCounts(before, after) {
	const published = (record) => record.getString('lifecycle') === 'published';
	if (!published(before) && !published(after)) return false;
	return counted.some((field) => String(before.get(field)) !== String(after.get(field)));
}

module.exports = { rebuild, recompute, authoritiesWhere, authoritiesRelated, authoritiesSharing, saveAndRecompute, initiativeCounts };
