// Totals count each arrangement once (src/lib/domain/relations.ts, countedInitiatives): within any group a
// view totals (a region, programme, service, start year, a coverage group and its service or year, one
// council's shares), an initiative is left out when something it is part of, or something that succeeded
// it, directly or through a chain of such links, is in the same group; that one stands for it. Only links
// between published initiatives count, as only those are public. Coverage savings now count every
// published initiative touching the group, shared or not, as the map's headline does; arrangements and
// involvement still count shared arrangements. The queries are as they stood when this was written;
// pb_hooks/lib/authorityStats.js keeps authority_stats with the same rule from now on.

/** Each published initiative with every published initiative that covers it, through any chain of links. */
const covers = `
	links AS (
		SELECT r.from_initiative AS part, r.to_initiative AS whole
		FROM initiative_relations r
		JOIN initiatives a ON a.id = r.from_initiative
		JOIN initiatives b ON b.id = r.to_initiative
		WHERE a.lifecycle = 'published' AND b.lifecycle = 'published'
	),
	covers(initiative, cover) AS (
		SELECT part, whole FROM links
		UNION
		SELECT c.initiative, l.whole FROM covers c JOIN links l ON l.part = c.cover
	)`;

/** Each published initiative's figures, one amount per kind and period (its whole figure, else the sum of its per-council ones). */
const figures = `
	figures AS (
		SELECT i.id AS initiative,
		json_extract(f.value, '$.kind') AS figure_kind,
		json_extract(f.value, '$.period') AS figure_period,
		coalesce(max(CASE WHEN json_extract(f.value, '$.scope') = '' THEN json_extract(f.value, '$.amount') END), total(json_extract(f.value, '$.amount'))) AS amount
		FROM initiatives i
		JOIN json_each(CASE WHEN json_valid(i.savings) AND json_type(i.savings) = 'array' THEN i.savings ELSE '[]' END) f
		WHERE i.lifecycle = 'published'
		GROUP BY i.id, figure_kind, figure_period
	)`;

/** The common tables every view starts from; `more` are the view's own. */
const withTables = (...more) => `WITH RECURSIVE ${[covers, figures, ...more].join(',\n')}`;

/**
 * `name`: the rows of `members` (an earlier table of `keys` and initiative, one row per initiative and group)
 * whose initiative nothing covers in the same group: countedInitiatives for each group.
 */
const counted = (name, members, keys) => `
	${name} AS (
		SELECT ${keys.map((key) => `m.${key} AS ${key}`).join(', ')}, m.initiative AS initiative
		FROM ${members} m
		WHERE NOT EXISTS (
			SELECT 1 FROM covers c JOIN ${members} o ON o.initiative = c.cover
			WHERE c.initiative = m.initiative AND ${keys.map((key) => `o.${key} = m.${key}`).join(' AND ')}
		)
	)`;

/** `measured`: totals per kind and period of the figures of `members` (a table of `keys` and initiative), one JSON array per key. */
const measured = (members, keys) => `
	measured AS (
		SELECT ${keys.join(', ')}, json_group_array(json_object('kind', figure_kind, 'period', figure_period, 'amount', amount, 'count', count)) AS savings
		FROM (
			SELECT ${keys.map((key) => `m.${key} AS ${key}`).join(', ')}, f.figure_kind AS figure_kind, f.figure_period AS figure_period, total(f.amount) AS amount, count(*) AS count
			FROM ${members} m JOIN figures f ON f.initiative = m.initiative
			GROUP BY ${keys.map((key) => `m.${key}`).join(', ')}, f.figure_kind, f.figure_period
		)
		GROUP BY ${keys.join(', ')}
	)`;

/** Group keys of the coverage views: every vintage, and each region or England ('') by each tier or all (''). */
const rollups = `
	rollups AS (SELECT 1 AS by_region, 1 AS by_tier UNION ALL SELECT 1, 0 UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 0)`;

/** `placed`: each published initiative in each coverage group it touches on each vintage, with its councils there and whether it is shared. */
const placed = `
	placed AS (
		SELECT DISTINCT p.vintage AS vintage,
		CASE WHEN r.by_region THEN p.region ELSE '' END AS region,
		CASE WHEN r.by_tier THEN p.tier ELSE '' END AS tier,
		p.initiative AS initiative, p.code AS code, p.shared AS shared
		FROM placements p, rollups r
	)`;

/**
 * The coverage tables for groups of `keys` (the coverage group's vintage, region and tier, and maybe one
 * more, with `extra` the SELECT expression giving it from placed r and initiative i): `everything`, each
 * initiative in each group; `arranged`, the shared ones; and each counted once (counted_everything,
 * counted_arranged).
 */
const coverageSets = (keys, extra = '') => {
	const columns = `r.vintage AS vintage, r.region AS region, r.tier AS tier${extra ? `, ${extra}` : ''}, r.initiative AS initiative`;
	return [
		`
	everything AS (SELECT DISTINCT ${columns} FROM placed r JOIN initiatives i ON i.id = r.initiative)`,
		`
	arranged AS (SELECT DISTINCT ${columns} FROM placed r JOIN initiatives i ON i.id = r.initiative WHERE r.shared = 1)`,
		counted('counted_everything', 'everything', keys),
		counted('counted_arranged', 'arranged', keys)
	];
};

/** A group view over published initiatives (programmes, categories): counted once per `column` value. */
function group(table, alias, column) {
	return `
		${withTables(
			`
	members AS (SELECT ${column} AS ${column}, id AS initiative FROM initiatives WHERE lifecycle = 'published')`,
			counted('counted_members', 'members', [column]),
			measured('counted_members', [column])
		)}
		SELECT
		${alias}.id AS id,
		${alias}.slug AS slug,
		${alias}.name AS name,
		count(k.initiative) AS count,
		coalesce(s.savings, '[]') AS savings,
		CAST((
			SELECT count(DISTINCT p.authority) FROM participations p JOIN initiatives j ON j.id = p.initiative
			WHERE j.${column} = ${alias}.id AND j.lifecycle = 'published'
		) AS INTEGER) AS authorities
		FROM ${table} ${alias}
		LEFT JOIN counted_members k ON k.${column} = ${alias}.id
		LEFT JOIN measured s ON s.${column} = ${alias}.id
		GROUP BY ${alias}.id
	`;
}

const views = {
	region_stats: `
		${withTables(
			`
	members AS (
		SELECT DISTINCT a.region AS region, p.initiative AS initiative
		FROM participations p JOIN authorities a ON a.id = p.authority JOIN initiatives i ON i.id = p.initiative
		WHERE i.lifecycle = 'published'
	)`,
			counted('counted_members', 'members', ['region']),
			measured('counted_members', ['region'])
		)}
		SELECT
		lower(k.region) AS id,
		CAST(k.region AS TEXT) AS region,
		CAST((SELECT a.region_name FROM authorities a WHERE a.region = k.region LIMIT 1) AS TEXT) AS region_name,
		count(k.initiative) AS count,
		coalesce(s.savings, '[]') AS savings
		FROM counted_members k
		LEFT JOIN measured s ON s.region = k.region
		GROUP BY k.region
	`,
	programme_stats: group('programmes', 'pr', 'programme'),
	category_stats: group('categories', 'c', 'category'),
	year_stats: `
		${withTables(
			`
	members AS (SELECT start_year AS start_year, id AS initiative FROM initiatives WHERE lifecycle = 'published' AND start_year > 0)`,
			counted('counted_members', 'members', ['start_year']),
			measured('counted_members', ['start_year'])
		)}
		SELECT
		CAST(k.start_year AS TEXT) AS id,
		CAST(k.start_year AS INTEGER) AS year,
		count(k.initiative) AS count,
		coalesce(s.savings, '[]') AS savings
		FROM counted_members k
		LEFT JOIN measured s ON s.start_year = k.start_year
		GROUP BY k.start_year
	`,
	coverage_stats: `
		${withTables(
			rollups,
			`
	members AS (
		SELECT DISTINCT d.value AS vintage,
		CASE WHEN r.by_region THEN a.region ELSE '' END AS region,
		CASE WHEN r.by_region THEN a.region_name ELSE 'England' END AS region_name,
		CASE WHEN r.by_tier THEN a.tier ELSE '' END AS tier,
		a.code AS code
		FROM authorities a, json_each(a.vintages) d, rollups r
	)`,
			placed,
			...coverageSets(['vintage', 'region', 'tier']),
			`
	involved AS (SELECT vintage, region, tier, count(DISTINCT code) AS involved FROM placed WHERE shared = 1 GROUP BY vintage, region, tier)`,
			`
	arrangements AS (SELECT vintage, region, tier, count(*) AS arrangements FROM counted_arranged GROUP BY vintage, region, tier)`,
			measured('counted_everything', ['vintage', 'region', 'tier'])
		)}
		SELECT
		CAST(m.vintage || '_' || coalesce(nullif(m.region, ''), 'england') || '_' || coalesce(nullif(m.tier, ''), 'all') AS TEXT) AS id,
		CAST(m.vintage AS TEXT) AS vintage,
		CAST(m.region AS TEXT) AS region,
		CAST(m.region_name AS TEXT) AS region_name,
		CAST(m.tier AS TEXT) AS tier,
		CAST(count(m.code) AS INTEGER) AS councils,
		CAST(coalesce(v.involved, 0) AS INTEGER) AS involved,
		CAST(coalesce(x.arrangements, 0) AS INTEGER) AS arrangements,
		coalesce(y.savings, '[]') AS savings
		FROM members m
		LEFT JOIN involved v ON v.vintage = m.vintage AND v.region = m.region AND v.tier = m.tier
		LEFT JOIN arrangements x ON x.vintage = m.vintage AND x.region = m.region AND x.tier = m.tier
		LEFT JOIN measured y ON y.vintage = m.vintage AND y.region = m.region AND y.tier = m.tier
		GROUP BY m.vintage, m.region, m.tier
	`,
	coverage_category_stats: `
		${withTables(
			rollups,
			`
	groups AS (
		SELECT DISTINCT d.value AS vintage,
		CASE WHEN r.by_region THEN a.region ELSE '' END AS region,
		CASE WHEN r.by_tier THEN a.tier ELSE '' END AS tier
		FROM authorities a, json_each(a.vintages) d, rollups r
	)`,
			placed,
			...coverageSets(['vintage', 'region', 'tier', 'category'], 'i.category AS category'),
			`
	involved AS (
		SELECT r.vintage, r.region, r.tier, i.category, count(DISTINCT r.code) AS involved
		FROM placed r JOIN initiatives i ON i.id = r.initiative
		WHERE r.shared = 1
		GROUP BY r.vintage, r.region, r.tier, i.category
	)`,
			`
	summed AS (SELECT vintage, region, tier, category, count(*) AS arrangements FROM counted_arranged GROUP BY vintage, region, tier, category)`,
			measured('counted_everything', ['vintage', 'region', 'tier', 'category'])
		)}
		SELECT
		CAST(g.vintage || '_' || coalesce(nullif(g.region, ''), 'england') || '_' || coalesce(nullif(g.tier, ''), 'all') || '_' || c.slug AS TEXT) AS id,
		CAST(g.vintage AS TEXT) AS vintage,
		CAST(g.region AS TEXT) AS region,
		CAST(g.tier AS TEXT) AS tier,
		CAST(c.slug AS TEXT) AS slug,
		CAST(c.name AS TEXT) AS name,
		CAST(coalesce(s.arrangements, 0) AS INTEGER) AS arrangements,
		CAST(coalesce(v.involved, 0) AS INTEGER) AS involved,
		coalesce(y.savings, '[]') AS savings
		FROM groups g
		CROSS JOIN categories c
		LEFT JOIN involved v ON v.vintage = g.vintage AND v.region = g.region AND v.tier = g.tier AND v.category = c.id
		LEFT JOIN summed s ON s.vintage = g.vintage AND s.region = g.region AND s.tier = g.tier AND s.category = c.id
		LEFT JOIN measured y ON y.vintage = g.vintage AND y.region = g.region AND y.tier = g.tier AND y.category = c.id
	`,
	coverage_year_stats: `
		${withTables(
			rollups,
			placed,
			...coverageSets(['vintage', 'region', 'tier', 'start_year'], 'i.start_year AS start_year'),
			`
	years AS (SELECT DISTINCT vintage, region, tier, start_year FROM counted_everything WHERE start_year > 0)`,
			`
	arrangements AS (SELECT vintage, region, tier, start_year, count(*) AS arrangements FROM counted_arranged GROUP BY vintage, region, tier, start_year)`,
			measured('counted_everything', ['vintage', 'region', 'tier', 'start_year'])
		)}
		SELECT
		CAST(t.vintage || '_' || coalesce(nullif(t.region, ''), 'england') || '_' || coalesce(nullif(t.tier, ''), 'all') || '_' || t.start_year AS TEXT) AS id,
		CAST(t.vintage AS TEXT) AS vintage,
		CAST(t.region AS TEXT) AS region,
		CAST(t.tier AS TEXT) AS tier,
		CAST(t.start_year AS INTEGER) AS year,
		CAST(coalesce(x.arrangements, 0) AS INTEGER) AS arrangements,
		coalesce(y.savings, '[]') AS savings
		FROM years t
		LEFT JOIN arrangements x ON x.vintage = t.vintage AND x.region = t.region AND x.tier = t.tier AND x.start_year = t.start_year
		LEFT JOIN measured y ON y.vintage = t.vintage AND y.region = t.region AND y.tier = t.tier AND y.start_year = t.start_year
	`
};

/**
 * Each council's shares per kind and period (src/lib/domain/savings/authorityShare.ts) over the initiatives
 * naming it that nothing naming it too covers.
 */
const shares = `
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
		JOIN json_each(CASE WHEN json_valid(i.savings) AND json_type(i.savings) = 'array' THEN i.savings ELSE '[]' END) f
		WHERE i.lifecycle = 'published'
		AND NOT EXISTS (SELECT 1 FROM covers c JOIN participations o ON o.initiative = c.cover WHERE c.initiative = i.id AND o.authority = p.authority)
		AND (json_extract(f.value, '$.scope') = pa.code OR (json_extract(f.value, '$.scope') = '' AND NOT EXISTS (
			SELECT 1 FROM json_each(i.savings) o
			WHERE json_extract(o.value, '$.scope') = pa.code
			AND json_extract(o.value, '$.kind') = json_extract(f.value, '$.kind')
			AND json_extract(o.value, '$.period') = json_extract(f.value, '$.period')
		)))
		GROUP BY p.authority, figure_kind, figure_period
	)
	GROUP BY authority
`;

/** Sets every authority_stats row's savings from `sharesQuery`, run after `tables` (a WITH clause or ''). */
function refillShares(app, tables, sharesQuery) {
	app.db().newQuery("UPDATE authority_stats SET savings = '[]'").execute();
	app
		.db()
		.newQuery(
			`
		${tables}
		UPDATE authority_stats SET savings = s.savings FROM (${sharesQuery}) s WHERE s.authority = authority_stats.id
	`
		)
		.execute();
}

/** Gives each view its query. */
function setViews(app, queries) {
	for (const [name, query] of Object.entries(queries)) {
		const collection = app.findCollectionByNameOrId(name);
		collection.viewQuery = query;
		app.save(collection);
	}
}

migrate(
	(app) => {
		setViews(app, views);
		refillShares(app, `WITH RECURSIVE ${covers}`, shares);
	},
	(app) => {
		const { views: earlier, shares: earlierShares } = previous();
		setViews(app, earlier);
		refillShares(app, '', earlierShares);
	}
);

/** The view queries and shares as 1796000001_split_savings_by_measure.js left them, for the down. */
function previous() {
	// The lines below are 1796000001's own, unchanged, so the down gives back the very same queries.
	const figures = `
	figures AS (
		SELECT i.id AS initiative,
		json_extract(f.value, '$.kind') AS figure_kind,
		json_extract(f.value, '$.period') AS figure_period,
		coalesce(max(CASE WHEN json_extract(f.value, '$.scope') = '' THEN json_extract(f.value, '$.amount') END), total(json_extract(f.value, '$.amount'))) AS amount
		FROM initiatives i
		JOIN json_each(CASE WHEN json_valid(i.savings) AND json_type(i.savings) = 'array' THEN i.savings ELSE '[]' END) f
		WHERE i.lifecycle = 'published'
		GROUP BY i.id, figure_kind, figure_period
	)`;

	/** Totals per kind and period of the figures of `members` (rows of `keys` and initiative), one JSON array per key. */
	const measured = (members, keys) => `
	measured AS (
		SELECT ${keys.join(', ')}, json_group_array(json_object('kind', figure_kind, 'period', figure_period, 'amount', amount, 'count', count)) AS savings
		FROM (
			SELECT ${keys.map((key) => `m.${key} AS ${key}`).join(', ')}, f.figure_kind AS figure_kind, f.figure_period AS figure_period, total(f.amount) AS amount, count(*) AS count
			FROM (${members}) m JOIN figures f ON f.initiative = m.initiative
			GROUP BY ${keys.map((key) => `m.${key}`).join(', ')}, f.figure_kind, f.figure_period
		)
		GROUP BY ${keys.join(', ')}
	)`;

	const after = {
		region_stats: `
		WITH ${figures},
		members AS (
			SELECT DISTINCT a.region AS region, a.region_name AS region_name, p.initiative AS initiative
			FROM participations p JOIN authorities a ON a.id = p.authority
		),
		${measured('SELECT region, initiative FROM members', ['region'])}
		SELECT
		lower(r.region) AS id,
		CAST(r.region AS TEXT) AS region,
		CAST(r.region_name AS TEXT) AS region_name,
		count(i.id) AS count,
		coalesce(s.savings, '[]') AS savings
		FROM members r
		JOIN initiatives i ON i.id = r.initiative
		LEFT JOIN measured s ON s.region = r.region
		WHERE i.lifecycle = 'published'
		GROUP BY r.region
	`,
		programme_stats: group('programmes', 'pr', 'programme'),
		category_stats: group('categories', 'c', 'category'),
		year_stats: `
		WITH ${figures},
		${measured("SELECT start_year, id AS initiative FROM initiatives WHERE lifecycle = 'published' AND start_year > 0", ['start_year'])}
		SELECT
		CAST(i.start_year AS TEXT) AS id,
		CAST(i.start_year AS INTEGER) AS year,
		count(i.id) AS count,
		coalesce(s.savings, '[]') AS savings
		FROM initiatives i
		LEFT JOIN measured s ON s.start_year = i.start_year
		WHERE i.lifecycle = 'published' AND i.start_year > 0
		GROUP BY i.start_year
	`,
		coverage_stats: `
			WITH ${figures},
			rollups AS (SELECT 1 AS by_region, 1 AS by_tier UNION ALL SELECT 1, 0 UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 0),
			members AS (
				SELECT DISTINCT d.value AS vintage,
				CASE WHEN r.by_region THEN a.region ELSE '' END AS region,
				CASE WHEN r.by_region THEN a.region_name ELSE 'England' END AS region_name,
				CASE WHEN r.by_tier THEN a.tier ELSE '' END AS tier,
				a.code AS code
				FROM authorities a, json_each(a.vintages) d, rollups r
			),
			reached AS (
				SELECT DISTINCT m.vintage, m.region, m.tier, p.initiative, p.code
				FROM members m JOIN placements p ON p.vintage = m.vintage AND p.code = m.code
				WHERE p.shared = 1
			),
			arrangements AS (
				SELECT r.vintage, r.region, r.tier,
				count(i.id) AS arrangements
				FROM (SELECT DISTINCT vintage, region, tier, initiative FROM reached) r
				JOIN initiatives i ON i.id = r.initiative
				GROUP BY r.vintage, r.region, r.tier
			),
			involved AS (
				SELECT vintage, region, tier, count(DISTINCT code) AS involved FROM reached GROUP BY vintage, region, tier
			),
${measured('SELECT DISTINCT vintage, region, tier, initiative FROM reached', ['vintage', 'region', 'tier'])}
			SELECT
			CAST(m.vintage || '_' || coalesce(nullif(m.region, ''), 'england') || '_' || coalesce(nullif(m.tier, ''), 'all') AS TEXT) AS id,
			CAST(m.vintage AS TEXT) AS vintage,
			CAST(m.region AS TEXT) AS region,
			CAST(m.region_name AS TEXT) AS region_name,
			CAST(m.tier AS TEXT) AS tier,
			CAST(count(m.code) AS INTEGER) AS councils,
			CAST(coalesce(v.involved, 0) AS INTEGER) AS involved,
			CAST(coalesce(x.arrangements, 0) AS INTEGER) AS arrangements,
			coalesce(y.savings, '[]') AS savings
			FROM members m
			LEFT JOIN involved v ON v.vintage = m.vintage AND v.region = m.region AND v.tier = m.tier
			LEFT JOIN arrangements x ON x.vintage = m.vintage AND x.region = m.region AND x.tier = m.tier
			LEFT JOIN measured y ON y.vintage = m.vintage AND y.region = m.region AND y.tier = m.tier
			GROUP BY m.vintage, m.region, m.tier
		`,
		coverage_category_stats: `
			WITH ${figures},
			rollups AS (SELECT 1 AS by_region, 1 AS by_tier UNION ALL SELECT 1, 0 UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 0),
			groups AS (
				SELECT DISTINCT d.value AS vintage,
				CASE WHEN r.by_region THEN a.region ELSE '' END AS region,
				CASE WHEN r.by_tier THEN a.tier ELSE '' END AS tier
				FROM authorities a, json_each(a.vintages) d, rollups r
			),
			reached AS (
				SELECT DISTINCT p.vintage,
				CASE WHEN r.by_region THEN p.region ELSE '' END AS region,
				CASE WHEN r.by_tier THEN p.tier ELSE '' END AS tier,
				p.initiative, p.code
				FROM placements p, rollups r
				WHERE p.shared = 1
			),
			involved AS (
				SELECT r.vintage, r.region, r.tier, i.category, count(DISTINCT r.code) AS involved
				FROM reached r JOIN initiatives i ON i.id = r.initiative
				GROUP BY r.vintage, r.region, r.tier, i.category
			),
			summed AS (
				SELECT r.vintage, r.region, r.tier, i.category,
				count(i.id) AS arrangements
				FROM (SELECT DISTINCT vintage, region, tier, initiative FROM reached) r
				JOIN initiatives i ON i.id = r.initiative
				GROUP BY r.vintage, r.region, r.tier, i.category
			),
${measured('SELECT DISTINCT r.vintage AS vintage, r.region AS region, r.tier AS tier, i.category AS category, r.initiative AS initiative FROM reached r JOIN initiatives i ON i.id = r.initiative', ['vintage', 'region', 'tier', 'category'])}
			SELECT
			CAST(g.vintage || '_' || coalesce(nullif(g.region, ''), 'england') || '_' || coalesce(nullif(g.tier, ''), 'all') || '_' || c.slug AS TEXT) AS id,
			CAST(g.vintage AS TEXT) AS vintage,
			CAST(g.region AS TEXT) AS region,
			CAST(g.tier AS TEXT) AS tier,
			CAST(c.slug AS TEXT) AS slug,
			CAST(c.name AS TEXT) AS name,
			CAST(coalesce(s.arrangements, 0) AS INTEGER) AS arrangements,
			CAST(coalesce(v.involved, 0) AS INTEGER) AS involved,
			coalesce(y.savings, '[]') AS savings
			FROM groups g
			CROSS JOIN categories c
			LEFT JOIN involved v ON v.vintage = g.vintage AND v.region = g.region AND v.tier = g.tier AND v.category = c.id
			LEFT JOIN summed s ON s.vintage = g.vintage AND s.region = g.region AND s.tier = g.tier AND s.category = c.id
			LEFT JOIN measured y ON y.vintage = g.vintage AND y.region = g.region AND y.tier = g.tier AND y.category = c.id
		`,
		coverage_year_stats: `
			WITH ${figures},
			rollups AS (SELECT 1 AS by_region, 1 AS by_tier UNION ALL SELECT 1, 0 UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 0),
			reached AS (
				SELECT DISTINCT p.vintage,
				CASE WHEN r.by_region THEN p.region ELSE '' END AS region,
				CASE WHEN r.by_tier THEN p.tier ELSE '' END AS tier,
				p.initiative
				FROM placements p, rollups r
				WHERE p.shared = 1
			),
${measured('SELECT r.vintage AS vintage, r.region AS region, r.tier AS tier, i.start_year AS start_year, r.initiative AS initiative FROM reached r JOIN initiatives i ON i.id = r.initiative', ['vintage', 'region', 'tier', 'start_year'])}
			SELECT
			CAST(r.vintage || '_' || coalesce(nullif(r.region, ''), 'england') || '_' || coalesce(nullif(r.tier, ''), 'all') || '_' || i.start_year AS TEXT) AS id,
			CAST(r.vintage AS TEXT) AS vintage,
			CAST(r.region AS TEXT) AS region,
			CAST(r.tier AS TEXT) AS tier,
			CAST(i.start_year AS INTEGER) AS year,
			CAST(count(i.id) AS INTEGER) AS arrangements,
			coalesce(y.savings, '[]') AS savings
			FROM reached r
			JOIN initiatives i ON i.id = r.initiative
			LEFT JOIN measured y ON y.vintage = r.vintage AND y.region = r.region AND y.tier = r.tier AND y.start_year = i.start_year
			WHERE i.start_year > 0
			GROUP BY r.vintage, r.region, r.tier, i.start_year
		`
	};

	function group(table, alias, column) {
		return `
		WITH ${figures},
		${measured(`SELECT ${column}, id AS initiative FROM initiatives WHERE lifecycle = 'published'`, [column])}
		SELECT
		${alias}.id AS id,
		${alias}.slug AS slug,
		${alias}.name AS name,
		count(i.id) AS count,
		coalesce(s.savings, '[]') AS savings,
		CAST((
			SELECT count(DISTINCT p.authority) FROM participations p JOIN initiatives j ON j.id = p.initiative
			WHERE j.${column} = ${alias}.id AND j.lifecycle = 'published'
		) AS INTEGER) AS authorities
		FROM ${table} ${alias}
		LEFT JOIN initiatives i ON i.${column} = ${alias}.id AND i.lifecycle = 'published'
		LEFT JOIN measured s ON s.${column} = ${alias}.id
		GROUP BY ${alias}.id
	`;
	}

	const shares = `
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
		JOIN json_each(CASE WHEN json_valid(i.savings) AND json_type(i.savings) = 'array' THEN i.savings ELSE '[]' END) f
		WHERE i.lifecycle = 'published'
		AND (json_extract(f.value, '$.scope') = pa.code OR (json_extract(f.value, '$.scope') = '' AND NOT EXISTS (
			SELECT 1 FROM json_each(i.savings) o
			WHERE json_extract(o.value, '$.scope') = pa.code
			AND json_extract(o.value, '$.kind') = json_extract(f.value, '$.kind')
			AND json_extract(o.value, '$.period') = json_extract(f.value, '$.period')
		)))
		GROUP BY p.authority, figure_kind, figure_period
	)
	GROUP BY authority
`;

	return { views: after, shares };
}
