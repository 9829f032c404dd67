// Published initiatives per start year (initiatives with no known start year are left out).
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'year_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
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
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('year_stats'));
	}
);
