// Shared arrangements per service category within each vintage, region and tier group of coverage_stats:
// every category listed, 0 when none. involved counts the group's councils in that category's
// arrangements. Savings stay split by kind; each sum counts an arrangement's whole figure.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'coverage_category_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
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
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('coverage_category_stats'));
	}
);
