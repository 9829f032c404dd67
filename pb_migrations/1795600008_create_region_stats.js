// Published initiatives per region: an initiative counts once in each region where any of its authorities is.
migrate(
	(app) => {
		const collection = new Collection({
			type: 'view',
			name: 'region_stats',
			listRule: '',
			viewRule: '',
			viewQuery: `
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
		`
		});
		app.save(collection);
	},
	(app) => {
		app.delete(app.findCollectionByNameOrId('region_stats'));
	}
);
