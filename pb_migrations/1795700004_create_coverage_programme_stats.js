// Participation in each programme within each vintage, region and tier group of coverage_stats:
// every programme listed, 0 when none. Unlike the other coverage views this counts every published
// initiative of the programme, shared or not (a pathfinder is often one council), and involved is how
// many of the group's councils take part; councils is the group's size, for the share.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'coverage_programme_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
			WITH
			rollups AS (SELECT 1 AS by_region, 1 AS by_tier UNION ALL SELECT 1, 0 UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 0),
			groups AS (
				SELECT d.value AS vintage,
				CASE WHEN r.by_region THEN a.region ELSE '' END AS region,
				CASE WHEN r.by_tier THEN a.tier ELSE '' END AS tier,
				count(DISTINCT a.code) AS councils
				FROM authorities a, json_each(a.vintages) d, rollups r
				GROUP BY 1, 2, 3
			),
			reached AS (
				SELECT DISTINCT p.vintage,
				CASE WHEN r.by_region THEN p.region ELSE '' END AS region,
				CASE WHEN r.by_tier THEN p.tier ELSE '' END AS tier,
				p.initiative, p.code
				FROM placements p, rollups r
			),
			counted AS (
				SELECT r.vintage, r.region, r.tier, i.programme,
				count(DISTINCT r.initiative) AS initiatives,
				count(DISTINCT r.code) AS involved
				FROM reached r JOIN initiatives i ON i.id = r.initiative
				GROUP BY r.vintage, r.region, r.tier, i.programme
			)
			SELECT
			CAST(g.vintage || '_' || coalesce(nullif(g.region, ''), 'england') || '_' || coalesce(nullif(g.tier, ''), 'all') || '_' || pr.slug AS TEXT) AS id,
			CAST(g.vintage AS TEXT) AS vintage,
			CAST(g.region AS TEXT) AS region,
			CAST(g.tier AS TEXT) AS tier,
			CAST(pr.slug AS TEXT) AS slug,
			CAST(pr.name AS TEXT) AS name,
			CAST(coalesce(c.initiatives, 0) AS INTEGER) AS initiatives,
			CAST(coalesce(c.involved, 0) AS INTEGER) AS involved,
			CAST(g.councils AS INTEGER) AS councils
			FROM groups g
			CROSS JOIN programmes pr
			LEFT JOIN counted c ON c.vintage = g.vintage AND c.region = g.region AND c.tier = g.tier AND c.programme = pr.id
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('coverage_programme_stats'));
	}
);
