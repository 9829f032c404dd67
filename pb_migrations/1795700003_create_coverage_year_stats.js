// Shared arrangements per start year within each vintage, region and tier group of coverage_stats;
// arrangements with no known start year are left out, and years with none have no row.
// Savings stay split by kind; each sum counts an arrangement's whole figure.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'coverage_year_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
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
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('coverage_year_stats'));
	}
);
