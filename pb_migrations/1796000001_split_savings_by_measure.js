// The aggregates count savings per kind and period (src/lib/domain/savings/savingsTotals.ts): each view's
// annual and total sums become a `savings` JSON array of {kind, period, amount, count}, an arrangement
// contributing its whole-arrangement figure of that kind and period, or, when it gives only per-authority
// figures, their sum. authority_stats holds each authority's share instead (authorityShare.ts): the
// figure for that authority where there is one, otherwise an equal split among the authorities the
// arrangement names, with `own` counting the former. The queries are as they stood when this was written;
// pb_hooks/lib/authorityStats.js keeps authority_stats with the same rule from now on.
// Shared pieces of the queries below, as they stood when this migration was written.
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

// The queries as the create migrations left them.
const before = {
	region_stats: `
			SELECT
			lower(r.region) AS id,
			CAST(r.region AS TEXT) AS region,
			CAST(r.region_name AS TEXT) AS region_name,
			count(i.id) AS count,
			total(i.annual_savings) AS annual_savings,
			total(i.total_savings) AS total_savings,
			count(nullif(i.annual_savings, 0)) AS annual_savings_count,
			count(nullif(i.total_savings, 0)) AS total_savings_count
			FROM (
				SELECT DISTINCT a.region AS region, a.region_name AS region_name, p.initiative AS initiative
				FROM participations p JOIN authorities a ON a.id = p.authority
			) r
			JOIN initiatives i ON i.id = r.initiative
			WHERE i.lifecycle = 'published'
			GROUP BY r.region
		`,
	programme_stats: `
			SELECT
			pr.id AS id,
			pr.slug AS slug,
			pr.name AS name,
			count(i.id) AS count,
			total(i.annual_savings) AS annual_savings,
			total(i.total_savings) AS total_savings,
			count(nullif(i.annual_savings, 0)) AS annual_savings_count,
			count(nullif(i.total_savings, 0)) AS total_savings_count,
			CAST((
				SELECT count(DISTINCT p.authority) FROM participations p JOIN initiatives j ON j.id = p.initiative
				WHERE j.programme = pr.id AND j.lifecycle = 'published'
			) AS INTEGER) AS authorities
			FROM programmes pr
			LEFT JOIN initiatives i ON i.programme = pr.id AND i.lifecycle = 'published'
			GROUP BY pr.id
		`,
	category_stats: `
			SELECT
			c.id AS id,
			c.slug AS slug,
			c.name AS name,
			count(i.id) AS count,
			total(i.annual_savings) AS annual_savings,
			total(i.total_savings) AS total_savings,
			count(nullif(i.annual_savings, 0)) AS annual_savings_count,
			count(nullif(i.total_savings, 0)) AS total_savings_count,
			CAST((
				SELECT count(DISTINCT p.authority) FROM participations p JOIN initiatives j ON j.id = p.initiative
				WHERE j.category = c.id AND j.lifecycle = 'published'
			) AS INTEGER) AS authorities
			FROM categories c
			LEFT JOIN initiatives i ON i.category = c.id AND i.lifecycle = 'published'
			GROUP BY c.id
		`,
	year_stats: `
			SELECT
			CAST(i.start_year AS TEXT) AS id,
			CAST(i.start_year AS INTEGER) AS year,
			count(i.id) AS count,
			total(i.annual_savings) AS annual_savings,
			total(i.total_savings) AS total_savings,
			count(nullif(i.annual_savings, 0)) AS annual_savings_count,
			count(nullif(i.total_savings, 0)) AS total_savings_count
			FROM initiatives i
			WHERE i.lifecycle = 'published' AND i.start_year > 0
			GROUP BY i.start_year
		`,
	coverage_stats: `
			WITH
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
				count(i.id) AS arrangements,
				total(i.annual_savings) AS annual_savings,
				total(i.total_savings) AS total_savings,
				count(nullif(i.annual_savings, 0)) AS annual_savings_count,
				count(nullif(i.total_savings, 0)) AS total_savings_count
				FROM (SELECT DISTINCT vintage, region, tier, initiative FROM reached) r
				JOIN initiatives i ON i.id = r.initiative
				GROUP BY r.vintage, r.region, r.tier
			),
			involved AS (
				SELECT vintage, region, tier, count(DISTINCT code) AS involved FROM reached GROUP BY vintage, region, tier
			)
			SELECT
			CAST(m.vintage || '_' || coalesce(nullif(m.region, ''), 'england') || '_' || coalesce(nullif(m.tier, ''), 'all') AS TEXT) AS id,
			CAST(m.vintage AS TEXT) AS vintage,
			CAST(m.region AS TEXT) AS region,
			CAST(m.region_name AS TEXT) AS region_name,
			CAST(m.tier AS TEXT) AS tier,
			CAST(count(m.code) AS INTEGER) AS councils,
			CAST(coalesce(v.involved, 0) AS INTEGER) AS involved,
			CAST(coalesce(x.arrangements, 0) AS INTEGER) AS arrangements,
			CAST(coalesce(x.annual_savings, 0) AS REAL) AS annual_savings,
			CAST(coalesce(x.annual_savings_count, 0) AS INTEGER) AS annual_savings_count,
			CAST(coalesce(x.total_savings, 0) AS REAL) AS total_savings,
			CAST(coalesce(x.total_savings_count, 0) AS INTEGER) AS total_savings_count
			FROM members m
			LEFT JOIN involved v ON v.vintage = m.vintage AND v.region = m.region AND v.tier = m.tier
			LEFT JOIN arrangements x ON x.vintage = m.vintage AND x.region = m.region AND x.tier = m.tier
			GROUP BY m.vintage, m.region, m.tier
		`,
	coverage_category_stats: `
			WITH
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
				count(i.id) AS arrangements,
				total(i.annual_savings) AS annual_savings,
				total(i.total_savings) AS total_savings,
				count(nullif(i.annual_savings, 0)) AS annual_savings_count,
				count(nullif(i.total_savings, 0)) AS total_savings_count
				FROM (SELECT DISTINCT vintage, region, tier, initiative FROM reached) r
				JOIN initiatives i ON i.id = r.initiative
				GROUP BY r.vintage, r.region, r.tier, i.category
			)
			SELECT
			CAST(g.vintage || '_' || coalesce(nullif(g.region, ''), 'england') || '_' || coalesce(nullif(g.tier, ''), 'all') || '_' || c.slug AS TEXT) AS id,
			CAST(g.vintage AS TEXT) AS vintage,
			CAST(g.region AS TEXT) AS region,
			CAST(g.tier AS TEXT) AS tier,
			CAST(c.slug AS TEXT) AS slug,
			CAST(c.name AS TEXT) AS name,
			CAST(coalesce(s.arrangements, 0) AS INTEGER) AS arrangements,
			CAST(coalesce(v.involved, 0) AS INTEGER) AS involved,
			CAST(coalesce(s.annual_savings, 0) AS REAL) AS annual_savings,
			CAST(coalesce(s.annual_savings_count, 0) AS INTEGER) AS annual_savings_count,
			CAST(coalesce(s.total_savings, 0) AS REAL) AS total_savings,
			CAST(coalesce(s.total_savings_count, 0) AS INTEGER) AS total_savings_count
			FROM groups g
			CROSS JOIN categories c
			LEFT JOIN involved v ON v.vintage = g.vintage AND v.region = g.region AND v.tier = g.tier AND v.category = c.id
			LEFT JOIN summed s ON s.vintage = g.vintage AND s.region = g.region AND s.tier = g.tier AND s.category = c.id
		`,
	coverage_year_stats: `
			WITH
			rollups AS (SELECT 1 AS by_region, 1 AS by_tier UNION ALL SELECT 1, 0 UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 0),
			reached AS (
				SELECT DISTINCT p.vintage,
				CASE WHEN r.by_region THEN p.region ELSE '' END AS region,
				CASE WHEN r.by_tier THEN p.tier ELSE '' END AS tier,
				p.initiative
				FROM placements p, rollups r
				WHERE p.shared = 1
			)
			SELECT
			CAST(r.vintage || '_' || coalesce(nullif(r.region, ''), 'england') || '_' || coalesce(nullif(r.tier, ''), 'all') || '_' || i.start_year AS TEXT) AS id,
			CAST(r.vintage AS TEXT) AS vintage,
			CAST(r.region AS TEXT) AS region,
			CAST(r.tier AS TEXT) AS tier,
			CAST(i.start_year AS INTEGER) AS year,
			CAST(count(i.id) AS INTEGER) AS arrangements,
			CAST(total(i.annual_savings) AS REAL) AS annual_savings,
			CAST(count(nullif(i.annual_savings, 0)) AS INTEGER) AS annual_savings_count,
			CAST(total(i.total_savings) AS REAL) AS total_savings,
			CAST(count(nullif(i.total_savings, 0)) AS INTEGER) AS total_savings_count
			FROM reached r
			JOIN initiatives i ON i.id = r.initiative
			WHERE i.start_year > 0
			GROUP BY r.vintage, r.region, r.tier, i.start_year
		`
};

const oldStatsFields = () => [
	new NumberField({ name: 'annual_savings' }),
	new NumberField({ name: 'total_savings' }),
	new NumberField({ name: 'annual_savings_count', onlyInt: true }),
	new NumberField({ name: 'total_savings_count', onlyInt: true })
];

const grouped = `
	SELECT
	p.authority AS authority,
	count(i.id) AS count,
	count(CASE WHEN p.role = 'lead' THEN 1 END) AS led,
	json_group_array(DISTINCT pr.slug) AS programmes,
	json_group_array(DISTINCT c.slug) AS categories
	FROM initiatives i
	LEFT JOIN programmes pr ON pr.id = i.programme
	JOIN categories c ON c.id = i.category
	JOIN participations p ON p.initiative = i.id
	WHERE i.lifecycle = 'published'
	GROUP BY p.authority
`;

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

migrate(
	(app) => {
		for (const [name, query] of Object.entries(after)) {
			const collection = app.findCollectionByNameOrId(name);
			collection.viewQuery = query;
			app.save(collection);
		}
		const stats = app.findCollectionByNameOrId('authority_stats');
		for (const field of oldStatsFields()) stats.fields.removeByName(field.name);
		stats.fields.add(new JSONField({ name: 'savings' }));
		app.save(stats);
		app.db().newQuery('DELETE FROM authority_stats').execute();
		app
			.db()
			.newQuery(
				`
		INSERT INTO authority_stats (id, code, name, count, led, programmes, categories, savings)
		SELECT a.id, a.code, a.name, g.count, g.led, g.programmes, g.categories, coalesce(s.savings, '[]')
		FROM (${grouped}) g
		JOIN authorities a ON a.id = g.authority
		LEFT JOIN (${shares}) s ON s.authority = g.authority
	`
			)
			.execute();
	},
	(app) => {
		const stats = app.findCollectionByNameOrId('authority_stats');
		stats.fields.removeByName('savings');
		for (const field of oldStatsFields()) stats.fields.add(field);
		app.save(stats);
		app.db().newQuery('DELETE FROM authority_stats').execute();
		// 1796000002's down has refilled the old columns by now.
		app
			.db()
			.newQuery(
				`
		INSERT INTO authority_stats (id, code, name, count, annual_savings, total_savings, annual_savings_count, total_savings_count, led, programmes, categories)
		SELECT a.id, a.code, a.name, count(i.id), total(i.annual_savings), total(i.total_savings), count(nullif(i.annual_savings, 0)), count(nullif(i.total_savings, 0)),
		count(CASE WHEN p.role = 'lead' THEN 1 END), json_group_array(DISTINCT pr.slug), json_group_array(DISTINCT c.slug)
		FROM initiatives i
		LEFT JOIN programmes pr ON pr.id = i.programme
		JOIN categories c ON c.id = i.category
		JOIN participations p ON p.initiative = i.id
		JOIN authorities a ON a.id = p.authority
		WHERE i.lifecycle = 'published'
		GROUP BY p.authority
	`
			)
			.execute();
		for (const [name, query] of Object.entries(before)) {
			const collection = app.findCollectionByNameOrId(name);
			collection.viewQuery = query;
			app.save(collection);
		}
	}
);
