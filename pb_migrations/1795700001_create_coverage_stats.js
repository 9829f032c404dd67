// Coverage of shared arrangements per boundary vintage, region and tier (the insights page): councils on
// the vintage's map, how many take part in at least one shared arrangement (a published initiative naming
// two or more authorities, placed through successors or predecessors), how many arrangements touch the
// group, and their reported savings. region '' is England and tier '' every tier, so each roll-up is
// counted here rather than summed by the app (an arrangement spanning two regions counts once in England).
// Savings stay split by kind; each sum counts an arrangement's whole figure, not a share of it.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'coverage_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
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
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('coverage_stats'));
	}
);
